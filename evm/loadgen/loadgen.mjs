// Fills a local node (anvil) with log load for the DeFi monitor's benchmark: compiles LogLoad.sol
// with solc-js, deploys two tokens, a pair and a driver from anvil's first unlocked account, sends
// bursts of swaps, and writes the platform declaration (declaration.json) for the monitor.
//
//   node loadgen.mjs [rpc-url] [transactions] [rounds-per-transaction]
//   defaults: http://127.0.0.1:8545 60 1500   (6 logs per round)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const solc = require('solc');
const here = path.dirname(new URL(import.meta.url).pathname);
const rpcUrl = process.argv[2] ?? 'http://127.0.0.1:8545';
const transactions = Number(process.argv[3] ?? 60);
const rounds = Number(process.argv[4] ?? 1500);

let id = 0;
async function rpc(method, params = []) {
  const res = await fetch(rpcUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: ++id, method, params }),
  });
  const body = await res.json();
  if (body.error) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result;
}

function compile() {
  const input = {
    language: 'Solidity',
    sources: { 'LogLoad.sol': { content: fs.readFileSync(path.join(here, 'LogLoad.sol'), 'utf8') } },
    settings: { optimizer: { enabled: true, runs: 200 }, outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.methodIdentifiers'] } } },
  };
  const out = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (out.errors ?? []).filter((e) => e.severity === 'error');
  if (errors.length) throw new Error(errors.map((e) => e.formattedMessage).join('\n'));
  return out.contracts['LogLoad.sol'];
}

const word = (hex) => hex.replace(/^0x/, '').toLowerCase().padStart(64, '0');
const uint = (n) => word(BigInt(n).toString(16));

async function receipt(hash) {
  for (;;) {
    const r = await rpc('eth_getTransactionReceipt', [hash]);
    if (r) return r;
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

async function send(from, data, to) {
  const tx = { from, data: '0x' + data, gas: '0x' + (29_000_000).toString(16) };
  if (to) tx.to = to;
  const r = await receipt(await rpc('eth_sendTransaction', [tx]));
  if (r.status !== '0x1') throw new Error('transaction failed: ' + JSON.stringify(r));
  return r;
}

const contracts = compile();
const [from] = await rpc('eth_accounts');
const chainId = Number(await rpc('eth_chainId'));
const deployed = {};
for (const name of ['LoadToken', 'LoadToken', 'LoadPair']) {
  const r = await send(from, contracts[name].evm.bytecode.object);
  deployed[name === 'LoadPair' ? 'pair' : deployed.token0 ? 'token1' : 'token0'] = r.contractAddress;
  deployed.startBlock ??= Number(r.blockNumber);
}
const reserve0 = 10n ** 24n;
const reserve1 = 5n * 10n ** 20n;
const driver = await send(
  from,
  contracts.LoadDriver.evm.bytecode.object +
    word(deployed.token0) + word(deployed.token1) + word(deployed.pair) + uint(reserve0) + uint(reserve1),
);
const burst = contracts.LoadDriver.evm.methodIdentifiers['burst(uint256,uint256)'];
let logs = 0;
const started = Date.now();
for (let i = 0; i < transactions; i++) {
  const r = await send(from, burst + uint(rounds) + uint(i + 1), driver.contractAddress);
  logs += r.logs.length;
  process.stdout.write(`\r${i + 1}/${transactions} transactions, ${logs} logs`);
}
const head = Number(await rpc('eth_blockNumber'));
console.log(`\n${logs} logs in blocks ${deployed.startBlock}..${head} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const declaration = {
  chain_id: chainId,
  start_block: deployed.startBlock,
  contracts: [
    { address: deployed.token0, kind: 'token', label: 'Load token A', symbol: 'TKA', decimals: 18 },
    { address: deployed.token1, kind: 'token', label: 'Load token B', symbol: 'TKB', decimals: 18 },
    { address: deployed.pair, kind: 'pool', label: 'TKA/TKB pool', token0: deployed.token0, token1: deployed.token1, quote: deployed.token0 },
  ],
  admins: [{ address: from, label: 'Deployer' }],
};
fs.mkdirSync(path.join(here, 'build'), { recursive: true });
fs.writeFileSync(path.join(here, 'build', 'declaration.json'), JSON.stringify(declaration, null, 2) + '\n');
console.log('declaration written to ' + path.join(here, 'build', 'declaration.json'));
