package org.sovereign.supervision.defi.testchain;

import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;

/** ABI encoding of calls and decoding of view results with web3j, without generated wrappers. */
final class Abi {
  private Abi() {}

  /** Call data for {@code name(args)}. */
  static String call(String name, Type<?>... args) {
    return FunctionEncoder.encode(function(name, List.of(), args));
  }

  /** ABI-encoded constructor arguments, without {@code 0x}, to append to creation code. */
  static String constructorArgs(Type<?>... args) {
    return FunctionEncoder.encodeConstructor(inputs(args));
  }

  /** The single value a view function returns, e.g. a {@code uint256} or an {@code address}. */
  static Object view(EvmRpc rpc, String to, TypeReference<?> output, String name, Type<?>... args) {
    Function function = function(name, List.of(output), args);
    var values =
        FunctionReturnDecoder.decode(
            rpc.call(to, FunctionEncoder.encode(function)), function.getOutputParameters());
    if (values.isEmpty()) {
      throw new TestChainException("call " + name + " on " + to + " returned no data");
    }
    return values.getFirst().getValue();
  }

  /** All values a view function returns, in order. */
  static List<Object> viewAll(
      EvmRpc rpc, String to, List<TypeReference<?>> outputs, String name, Type<?>... args) {
    Function function = function(name, outputs, args);
    var values =
        FunctionReturnDecoder.decode(
            rpc.call(to, FunctionEncoder.encode(function)), function.getOutputParameters());
    if (values.size() != outputs.size()) {
      throw new TestChainException(
          "call "
              + name
              + " on "
              + to
              + " returned "
              + values.size()
              + " values, not "
              + outputs.size());
    }
    return values.stream().<Object>map(v -> v.getValue()).toList();
  }

  static BigInteger uint(EvmRpc rpc, String to, String name, Type<?>... args) {
    return (BigInteger) view(rpc, to, new TypeReference<Uint256>() {}, name, args);
  }

  static String address(EvmRpc rpc, String to, String name, Type<?>... args) {
    return (String) view(rpc, to, new TypeReference<Address>() {}, name, args);
  }

  static Address address(String hex) {
    return new Address(hex);
  }

  static Uint256 uint(BigInteger value) {
    return new Uint256(value);
  }

  private static Function function(String name, List<TypeReference<?>> outputs, Type<?>... args) {
    return new Function(name, inputs(args), outputs);
  }

  @SuppressWarnings("rawtypes") // web3j's Function and encodeConstructor take a raw List<Type>
  private static List<Type> inputs(Type<?>... args) {
    return List.<Type>of(args);
  }
}
