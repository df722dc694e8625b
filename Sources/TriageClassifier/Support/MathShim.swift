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

/// CPU seconds used by the calling thread (`CLOCK_THREAD_CPUTIME_ID`): time on a core, not counting time the
/// thread waited for one, so a figure per core stays meaningful on a loaded machine.
package func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
