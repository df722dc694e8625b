import CCurl

/// Facts about the libcurl this process is linked against.
public enum CurlRuntime {
    /// libcurl's version string, e.g. `libcurl/7.88.1 OpenSSL/3.0.x …`.
    public static var version: String {
        guard let p = curl_version() else { return "unknown" }
        return String(cString: p)
    }
}
