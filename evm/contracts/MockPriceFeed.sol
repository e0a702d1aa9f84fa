// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// A Chainlink-style price feed for tests: the owner sets each answer, one round per update.
contract MockPriceFeed {
    event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt);

    address public immutable owner;
    uint8 public immutable decimals;
    string public description;
    uint80 private round;
    int256 private answer;
    uint256 private updatedAt;

    constructor(uint8 decimals_, string memory description_, int256 initialAnswer) {
        owner = msg.sender;
        decimals = decimals_;
        description = description_;
        _update(initialAnswer);
    }

    function updateAnswer(int256 newAnswer) external {
        require(msg.sender == owner, "MockPriceFeed: caller is not the owner");
        _update(newAnswer);
    }

    function latestAnswer() external view returns (int256) {
        return answer;
    }

    function latestRoundData()
        external
        view
        returns (uint80 roundId, int256 answer_, uint256 startedAt, uint256 updatedAt_, uint80 answeredInRound)
    {
        return (round, answer, updatedAt, updatedAt, round);
    }

    function _update(int256 newAnswer) private {
        round += 1;
        answer = newAnswer;
        updatedAt = block.timestamp;
        emit AnswerUpdated(newAnswer, round, block.timestamp);
    }
}
