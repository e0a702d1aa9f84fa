// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

interface IERC20Transfer {
    function transfer(address to, uint256 amount) external returns (bool);
}

/// A treasury meant to sit behind a proxy: it holds tokens and only its owner can pay them out.
contract TreasuryVault {
    event Withdrawn(address indexed token, address indexed to, uint256 amount);

    address public owner;
    bool private initialized;

    function initialize(address owner_) external {
        require(!initialized, "TreasuryVault: already initialized");
        initialized = true;
        owner = owner_;
    }

    function withdraw(address token, address to, uint256 amount) external {
        require(msg.sender == owner, "TreasuryVault: caller is not the owner");
        require(IERC20Transfer(token).transfer(to, amount), "TreasuryVault: transfer failed");
        emit Withdrawn(token, to, amount);
    }

    function version() external pure virtual returns (uint256) {
        return 1;
    }
}

/// The upgrade target: same storage, a new version number.
contract TreasuryVaultV2 is TreasuryVault {
    function version() external pure override returns (uint256) {
        return 2;
    }
}
