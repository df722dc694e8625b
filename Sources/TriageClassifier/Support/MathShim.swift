#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Natural logarithm (libm), usable without importing Foundation.
@inline(__always) package func mathLog(_ x: Double) -> Double { log(x) }
/// e^x (libm).
@inline(__always) package func mathExp(_ x: Double) -> Double { exp(x) }
/// e^x for Float (libm).
@inline(__always) package func expf32(_ x: Float) -> Float { expf(x) }
/// ln x for Float (libm).
@inline(__always) package func logf32(_ x: Float) -> Float { logf(x) }
