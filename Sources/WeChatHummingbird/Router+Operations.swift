public import Hummingbird
public import Prometheus

extension Router {
    /// Adds `GET /healthz` (answers `ok` while the server runs) and `GET /metrics` (the registry in
    /// Prometheus text format), or the given paths.
    public func addHealthAndMetrics(
        registry: PrometheusCollectorRegistry, healthPath: String = "/healthz", metricsPath: String = "/metrics"
    ) {
        get(RouterPath(healthPath)) { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/plain; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "ok"))
            )
        }
        get(RouterPath(metricsPath)) { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer()))
            )
        }
    }
}
