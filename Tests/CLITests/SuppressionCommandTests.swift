import Foundation
import Testing

/// Inline suppressions through the real binary.
@Suite struct SuppressionCommandTests {
    @Test func suppressedFindingsDisappearAndUnusedOnesAreReported() throws {
        let folder = try TemporaryFolder()
        try folder.write("team.okr.yaml", """
            id: team
            kpis:
              # okrlint-disable-next-line kpi/missing-range -- finance sets it in November
              - kpi: Average handling time
              # okrlint-disable-next-line kpi/missing-rnge
              - kpi: Backlog
                healthy: <= 40
            """)
        let result = try BinaryRunner.run(["team.okr.yaml", "--select", "kpi/missing-range,suppression/", "--no-color"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout == """
            team.okr.yaml:5:31: warning: unknown rule 'kpi/missing-rnge'; did you mean 'kpi/missing-range'? [suppression/unknown-rule]
             5 |   # okrlint-disable-next-line kpi/missing-rnge
               |                               ^^^^^^^^^^^^^^^^

            0 errors, 1 warning in 1 file

            """)
    }
}
