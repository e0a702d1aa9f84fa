// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

// Log load for benchmarking the DeFi monitor: contracts that emit the events of ERC-20 tokens and
// a Uniswap V2 pair (same signatures, same indexing) without holding any state, driven in bursts
// so a local node holds hundreds of thousands of realistic logs after a few dozen transactions.

contract LoadToken {
    event Transfer(address indexed from, address indexed to, uint256 value);

    function emitTransfer(address from, address to, uint256 value) external {
        emit Transfer(from, to, value);
    }
}

contract LoadPair {
    event Sync(uint112 reserve0, uint112 reserve1);
    event Swap(
        address indexed sender,
        uint256 amount0In,
        uint256 amount1In,
        uint256 amount0Out,
        uint256 amount1Out,
        address indexed to
    );

    function emitSwap(
        address sender,
        uint112 reserve0,
        uint112 reserve1,
        uint256[4] calldata amounts,
        address to
    ) external {
        emit Sync(reserve0, reserve1);
        emit Swap(sender, amounts[0], amounts[1], amounts[2], amounts[3], to);
    }
}

contract LoadDriver {
    LoadToken public immutable token0;
    LoadToken public immutable token1;
    LoadPair public immutable pair;
    uint112 public reserve0;
    uint112 public reserve1;

    constructor(LoadToken t0, LoadToken t1, LoadPair p, uint112 r0, uint112 r1) {
        token0 = t0;
        token1 = t1;
        pair = p;
        reserve0 = r0;
        reserve1 = r1;
    }

    // Each round: two transfers between traders, then a swap of up to 0.1 % of a reserve at the
    // constant product with the 0.3 % fee (tokens in, tokens out, Sync, Swap): six logs.
    function burst(uint256 rounds, uint256 seed) external {
        uint256 r0 = reserve0;
        uint256 r1 = reserve1;
        for (uint256 i = 0; i < rounds; i++) {
            uint256 rand = uint256(keccak256(abi.encodePacked(seed, i)));
            address a = address(uint160(0x1000 + (rand & 0xff)));
            address b = address(uint160(0x1000 + ((rand >> 8) & 0xff)));
            token0.emitTransfer(a, b, (rand >> 16) % 1e21);
            token1.emitTransfer(b, a, (rand >> 96) % 1e21);
            bool zeroForOne = (rand >> 200) & 1 == 1;
            uint256 share = 1 + ((rand >> 201) % 10);
            uint256[4] memory amounts;
            if (zeroForOne) {
                uint256 amountIn = (r0 * share) / 10000;
                uint256 out = (amountIn * 997 * r1) / (r0 * 1000 + amountIn * 997);
                token0.emitTransfer(a, address(pair), amountIn);
                token1.emitTransfer(address(pair), a, out);
                r0 += amountIn;
                r1 -= out;
                amounts = [amountIn, 0, 0, out];
            } else {
                uint256 amountIn = (r1 * share) / 10000;
                uint256 out = (amountIn * 997 * r0) / (r1 * 1000 + amountIn * 997);
                token1.emitTransfer(a, address(pair), amountIn);
                token0.emitTransfer(address(pair), a, out);
                r1 += amountIn;
                r0 -= out;
                amounts = [0, amountIn, out, 0];
            }
            pair.emitSwap(a, uint112(r0), uint112(r1), amounts, a);
        }
        reserve0 = uint112(r0);
        reserve1 = uint112(r1);
    }
}
