import Testing

@testable import AtlasCore

@Suite("Concurrent maps")
struct ConcurrentMapTests {
    @Test("concurrentMap gives map's result, in order, for any size and worker count")
    func sameAsMap() {
        for count in [0, 1, 2, 7, 1000] {
            let input = Array(0..<count)
            for workers in [1, 2, 3, 16] {
                #expect(input.concurrentMap(workers: workers) { $0 * $0 + 1 } == input.map { $0 * $0 + 1 })
            }
        }
    }

    @Test("pipelined batches reach the consumer in order, each with its own transformed values")
    func batchesInOrder() {
        let input = Array(0..<1000)
        var seen: [Int] = []
        var values: [String] = []
        input.pipelinedBatches(of: 64, transform: { String($0) }) { batch, transformed in
            #expect(batch.count == transformed.count)
            #expect(batch.count == 64 || batch.last == 999)
            seen += batch
            values += transformed
        }
        #expect(seen == input)
        #expect(values == input.map(String.init))
    }

    struct Stop: Error {}

    @Test("an error from the consumer stops the batches and reaches the caller")
    func consumerErrorPropagates() {
        var batches = 0
        #expect(throws: Stop.self) {
            try Array(0..<100).pipelinedBatches(of: 10, transform: { $0 }) { _, _ in
                batches += 1
                if batches == 3 { throw Stop() }
            }
        }
        #expect(batches == 3)
    }
}
