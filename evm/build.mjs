// Compiles contracts/*.sol with the solc-js pinned in package.json (no compiler download)
// into build/<Contract>.json holding { contractName, sourceName, abi, bytecode }.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import solc from 'solc';

const root = dirname(fileURLToPath(import.meta.url));
const contractsDir = join(root, 'contracts');
const buildDir = join(root, 'build');

const sources = {};
for (const file of readdirSync(contractsDir).filter((f) => f.endsWith('.sol')).sort()) {
  sources[file] = { content: readFileSync(join(contractsDir, file), 'utf8') };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};

const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
for (const message of output.errors ?? []) {
  console.error(message.formattedMessage);
}
if (errors.length > 0) {
  process.exit(1);
}

mkdirSync(buildDir, { recursive: true });
for (const [sourceName, contracts] of Object.entries(output.contracts)) {
  for (const [contractName, compiled] of Object.entries(contracts)) {
    const bytecode = compiled.evm.bytecode.object;
    if (bytecode.length === 0) {
      continue; // interfaces and abstract contracts
    }
    const artifact = { contractName, sourceName, compiler: solc.version(), abi: compiled.abi, bytecode: '0x' + bytecode };
    writeFileSync(join(buildDir, contractName + '.json'), JSON.stringify(artifact, null, 2) + '\n');
    console.log(`built ${contractName} (${bytecode.length / 2} bytes) from ${sourceName}`);
  }
}
