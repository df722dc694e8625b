import Foundation

/// An HTTP request for ``CurlHTTPClient``.
public struct HTTPRequest: Sendable, Hashable {
    /// The absolute URL.
    public var url: String
    /// The method. The default is `POST`.
    public var method: String = "POST"
    /// Header fields, sent in the order given.
    public var headers: [(name: String, value: String)] = []
    /// The body bytes.
    public var body: [UInt8] = []

    public init(url: String, method: String = "POST", headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
    }

    public static func == (a: HTTPRequest, b: HTTPRequest) -> Bool {
        a.url == b.url && a.method == b.method && a.body == b.body
            && a.headers.map { $0.name + ":" + $0.value } == b.headers.map { $0.name + ":" + $0.value }
    }

    public func hash(into h: inout Hasher) {
        h.combine(url); h.combine(method); h.combine(body)
        for (n, v) in headers { h.combine(n); h.combine(v) }
    }
}

/// A completed HTTP response.
public struct HTTPResponse: Sendable, Hashable {
    /// The status code.
    public var status: Int
    /// Response header fields with lower-cased names, in arrival order (the last block only, after redirects).
    public var headers: [String: String]
    /// The body bytes (empty for streamed requests, whose bytes went to the chunk handler).
    public var body: [UInt8]

    public init(status: Int, headers: [String: String], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The body decoded as UTF-8 (invalid bytes replaced).
    public var text: String { String(decoding: body, as: UTF8.self) }
}

/// The HTTP protocol versions ``CurlHTTPClient`` may negotiate.
public enum HTTPVersion: String, Sendable, Hashable, Codable, CaseIterable {
    /// HTTP/1.1 only.
    case http1_1
    /// HTTP/2 over TLS (ALPN), HTTP/1.1 for plain `http://`.
    case http2
}

/// Transport settings of ``CurlHTTPClient``.
public struct HTTPClientOptions: Sendable, Hashable, Codable {
    /// Seconds allowed to establish the connection. The default is 5.
    public var connectTimeout: Double = 5
    /// Seconds allowed for the whole transfer. The default is 60.
    public var totalTimeout: Double = 60
    /// Abort when no byte arrives for this many seconds (streams included). The default is 30.
    public var idleTimeout: Double = 30
    /// Path of a PEM CA bundle to trust instead of the system store. The default is `nil`.
    public var caBundlePath: String? = nil
    /// Largest accepted response body, in bytes. The default is 8 MiB.
    public var maxResponseBytes: Int = 8 << 20
    /// The protocol version preference. The default is ``HTTPVersion/http2``.
    public var httpVersion: HTTPVersion = .http2
    /// Handles kept for connection reuse. The default is 4.
    public var maxIdleHandles: Int = 4

    public init() {}
}

/// Why an HTTP exchange failed before a status code was received (or was cut short).
public enum HTTPError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The connect or total time-out expired, or the connection stalled.
    case timeout(url: String, seconds: Double)
    /// The peer could not be reached (refused, DNS, reset).
    case connection(url: String, detail: String)
    /// TLS verification or handshake failed.
    case tls(url: String, detail: String)
    /// The body exceeded ``HTTPClientOptions/maxResponseBytes``.
    case responseTooLarge(url: String, limit: Int)
    /// The caller cancelled the request.
    case cancelled(url: String)
    /// Any other libcurl failure, with its code and message.
    case transport(url: String, code: Int, detail: String)

    public var description: String {
        switch self {
        case let .timeout(url, s): return "HTTP request to \(url) timed out after \(s) s"
        case let .connection(url, d): return "cannot connect to \(url): \(d)"
        case let .tls(url, d): return "TLS failure talking to \(url): \(d)"
        case let .responseTooLarge(url, limit): return "response from \(url) exceeds \(limit) bytes"
        case let .cancelled(url): return "request to \(url) was cancelled"
        case let .transport(url, code, d): return "transfer to \(url) failed (curl \(code)): \(d)"
        }
    }
}

/// A flag a caller sets to abort an in-flight request (checked by libcurl's progress callback).
public final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var _cancelled = false

    public init() {}

    /// Requests cancellation.
    public func cancel() { lock.lock(); _cancelled = true; lock.unlock() }

    /// Whether cancellation was requested.
    public var isCancelled: Bool { lock.lock(); defer { lock.unlock() }; return _cancelled }
}
