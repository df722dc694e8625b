import CCurl
import Foundation

/// A thread-safe HTTP client over libcurl: the only HTTP stack TriageKit uses.
///
/// Each request borrows a libcurl easy handle from a small pool and returns it afterwards, so connections
/// are reused across requests (and across threads of a batch run). TLS verification is always on;
/// proxies come from the standard environment variables (`http_proxy`, `https_proxy`, `no_proxy`),
/// which libcurl reads itself. No libcurl type appears in this API.
public final class CurlHTTPClient: @unchecked Sendable {
    /// The transport settings.
    public let options: HTTPClientOptions

    private let lock = NSLock()
    private var idle: [UnsafeMutableRawPointer] = []

    private static let counterKey = "TriageLLM.CurlHTTPClient.requests"

    /// How many transfers clients have started on the calling thread (tests use it to prove that an engine
    /// without an LLM endpoint never touches the network; per thread, so parallel tests do not interfere).
    package static var requestsOnCurrentThread: Int {
        (Thread.current.threadDictionary[counterKey] as? Int) ?? 0
    }

    private static let globalInit: Bool = {
        curl_global_init(3) == CURLE_OK  // CURL_GLOBAL_ALL
    }()

    /// Creates a client.
    public init(options: HTTPClientOptions = .init()) {
        _ = Self.globalInit
        self.options = options
    }

    deinit {
        for h in idle { curl_easy_cleanup(h) }
    }

    /// Performs `request` and returns the whole response.
    ///
    /// - Throws: ``HTTPError`` when no status line could be read, the body exceeds the size cap,
    ///   a time-out expires, or `cancellation` was set.
    public func perform(_ request: HTTPRequest, cancellation: CancellationFlag? = nil) throws(HTTPError) -> HTTPResponse {
        try run(request, cancellation: cancellation, onChunk: nil)
    }

    /// Performs `request`, handing each body chunk to `onChunk` as it arrives (for server-sent events).
    ///
    /// Chunks are handed over only for 2xx responses; an error status keeps its body in the returned response.
    public func stream(
        _ request: HTTPRequest, cancellation: CancellationFlag? = nil, onChunk: @escaping ([UInt8]) -> Void
    ) throws(HTTPError) -> HTTPResponse {
        try run(request, cancellation: cancellation, onChunk: onChunk)
    }

    // MARK: - Handle pool

    private func borrow() -> UnsafeMutableRawPointer? {
        lock.lock()
        if let h = idle.popLast() { lock.unlock(); return h }
        lock.unlock()
        return curl_easy_init()
    }

    private func giveBack(_ h: UnsafeMutableRawPointer) {
        lock.lock()
        if idle.count < options.maxIdleHandles {
            idle.append(h)
            lock.unlock()
        } else {
            lock.unlock()
            curl_easy_cleanup(h)
        }
    }

    // MARK: - One transfer

    private func run(
        _ request: HTTPRequest, cancellation: CancellationFlag?, onChunk: (([UInt8]) -> Void)?
    ) throws(HTTPError) -> HTTPResponse {
        Thread.current.threadDictionary[Self.counterKey] = Self.requestsOnCurrentThread + 1
        guard let h = borrow() else { throw .transport(url: request.url, code: -1, detail: "curl_easy_init failed") }
        var keep = true
        defer { if keep { giveBack(h) } else { curl_easy_cleanup(h) } }
        curl_easy_reset(h)

        let state = TransferState(limit: options.maxResponseBytes, onChunk: onChunk, cancellation: cancellation)
        let statePtr = Unmanaged.passUnretained(state).toOpaque()
        var headerList: UnsafeMutablePointer<curl_slist>? = nil
        defer { curl_slist_free_all(headerList) }
        for (name, value) in request.headers {
            headerList = curl_slist_append(headerList, "\(name): \(value)")
        }
        // Let the server stream without `Expect: 100-continue` round trips.
        headerList = curl_slist_append(headerList, "Expect:")

        _ = ccurl_setopt_string(h, CURLOPT_URL, request.url)
        _ = ccurl_setopt_long(h, CURLOPT_NOSIGNAL, 1)
        _ = ccurl_setopt_long(h, CURLOPT_CONNECTTIMEOUT_MS, Int(options.connectTimeout * 1000))
        _ = ccurl_setopt_long(h, CURLOPT_TIMEOUT_MS, Int(options.totalTimeout * 1000))
        _ = ccurl_setopt_long(h, CURLOPT_LOW_SPEED_LIMIT, 1)
        _ = ccurl_setopt_long(h, CURLOPT_LOW_SPEED_TIME, max(1, Int(options.idleTimeout.rounded(.up))))
        _ = ccurl_setopt_long(h, CURLOPT_SSL_VERIFYPEER, 1)
        _ = ccurl_setopt_long(h, CURLOPT_SSL_VERIFYHOST, 2)
        if let ca = options.caBundlePath { _ = ccurl_setopt_string(h, CURLOPT_CAINFO, ca) }
        let version = options.httpVersion == .http2 ? Int(CURL_HTTP_VERSION_2TLS) : Int(CURL_HTTP_VERSION_1_1)
        _ = ccurl_setopt_long(h, CURLOPT_HTTP_VERSION, version)
        _ = ccurl_setopt_long(h, CURLOPT_FOLLOWLOCATION, 0)
        _ = ccurl_setopt_slist(h, CURLOPT_HTTPHEADER, headerList)

        switch request.method.uppercased() {
        case "GET":
            _ = ccurl_setopt_long(h, CURLOPT_HTTPGET, 1)
        case "POST":
            _ = ccurl_setopt_long(h, CURLOPT_POST, 1)
        default:
            _ = ccurl_setopt_string(h, CURLOPT_CUSTOMREQUEST, request.method)
        }
        if request.method.uppercased() != "GET" {
            _ = ccurl_setopt_off(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.count))
            request.body.withUnsafeBufferPointer { buf in
                // COPYPOSTFIELDS copies the bytes, so the buffer need not outlive this call.
                _ = ccurl_setopt_pointer(h, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: buf.baseAddress ?? UnsafePointer(bitPattern: 1)!))
            }
        }

        _ = ccurl_setopt_data_fn(h, CURLOPT_WRITEFUNCTION, curlWriteCallback)
        _ = ccurl_setopt_pointer(h, CURLOPT_WRITEDATA, statePtr)
        _ = ccurl_setopt_data_fn(h, CURLOPT_HEADERFUNCTION, curlHeaderCallback)
        _ = ccurl_setopt_pointer(h, CURLOPT_HEADERDATA, statePtr)
        _ = ccurl_setopt_long(h, CURLOPT_NOPROGRESS, 0)
        _ = ccurl_setopt_progress_fn(h, curlProgressCallback)
        _ = ccurl_setopt_pointer(h, CURLOPT_XFERINFODATA, statePtr)

        let code = withExtendedLifetime(state) { curl_easy_perform(h) }
        var status = 0
        _ = ccurl_getinfo_long(h, CURLINFO_RESPONSE_CODE, &status)

        if code != CURLE_OK {
            keep = false  // a failed handle may hold a broken connection; start fresh next time
            if state.exceeded { throw .responseTooLarge(url: request.url, limit: options.maxResponseBytes) }
            if state.cancelledByCaller { throw .cancelled(url: request.url) }
            let detail = curl_easy_strerror(code).map { String(cString: $0) } ?? "unknown"
            switch code {
            case CURLE_OPERATION_TIMEDOUT:
                throw .timeout(url: request.url, seconds: options.totalTimeout)
            case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY,
                 CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE:
                throw .connection(url: request.url, detail: detail)
            case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CACERT_BADFILE,
                 CURLE_SSL_CERTPROBLEM:
                throw .tls(url: request.url, detail: detail)
            default:
                throw .transport(url: request.url, code: Int(code.rawValue), detail: detail)
            }
        }
        return HTTPResponse(status: status, headers: state.headers, body: state.body)
    }
}

/// Per-transfer state reached from libcurl's C callbacks through an unretained pointer.
final class TransferState {
    let limit: Int
    let onChunk: (([UInt8]) -> Void)?
    let cancellation: CancellationFlag?
    var body: [UInt8] = []
    var received = 0
    var headers: [String: String] = [:]
    var status = 0
    var exceeded = false
    var cancelledByCaller = false

    init(limit: Int, onChunk: (([UInt8]) -> Void)?, cancellation: CancellationFlag?) {
        self.limit = limit
        self.onChunk = onChunk
        self.cancellation = cancellation
    }

    var streamsBody: Bool { onChunk != nil && (200..<300).contains(status) }
}

private let curlWriteCallback: ccurl_data_fn = { ptr, size, count, user in
    guard let user, let ptr else { return 0 }
    let state = Unmanaged<TransferState>.fromOpaque(user).takeUnretainedValue()
    let n = size * count
    state.received += n
    if state.received > state.limit {
        state.exceeded = true
        return 0
    }
    let bytes = Array(UnsafeRawBufferPointer(start: ptr, count: n))
    if state.streamsBody, let onChunk = state.onChunk {
        onChunk(bytes)
    } else {
        state.body.append(contentsOf: bytes)
    }
    return n
}

private let curlHeaderCallback: ccurl_data_fn = { ptr, size, count, user in
    guard let user, let ptr else { return 0 }
    let state = Unmanaged<TransferState>.fromOpaque(user).takeUnretainedValue()
    let n = size * count
    let line = String(decoding: UnsafeRawBufferPointer(start: ptr, count: n), as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines)
    if line.hasPrefix("HTTP/") {
        // A new header block (after 100-continue or a redirect): start over.
        state.headers = [:]
        let parts = line.split(separator: " ")
        if parts.count >= 2, let s = Int(parts[1]) { state.status = s }
    } else if let colon = line.firstIndex(of: ":") {
        let name = line[..<colon].lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        state.headers[name] = value
    }
    return n
}

private let curlProgressCallback: ccurl_progress_fn = { user, _, _, _, _ in
    guard let user else { return 0 }
    let state = Unmanaged<TransferState>.fromOpaque(user).takeUnretainedValue()
    if state.cancellation?.isCancelled == true {
        state.cancelledByCaller = true
        return 1
    }
    return 0
}
