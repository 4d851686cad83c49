import Prometheus

/// Reads counters back from a Prometheus registry's text output.
struct PrometheusRegistryProbe: Sendable {
    let registry = PrometheusCollectorRegistry()

    /// The sum of every sample of `name` whose labels contain all of `labels` (`key="value"` pairs).
    func value(of name: String, labels: [String] = []) -> Double {
        registry.emitToString()
            .split(separator: "\n")
            .filter { line in
                line.hasPrefix(name)
                    && (line.dropFirst(name.count).first == " " || line.dropFirst(name.count).first == "{")
                    && labels.allSatisfy { line.contains($0) }
            }
            .compactMap { $0.split(separator: " ").last.flatMap { Double($0) } }
            .reduce(0, +)
    }
}
