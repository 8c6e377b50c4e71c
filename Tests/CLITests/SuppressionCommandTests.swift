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

    @Test func directivesNamingSyntaxRulesAreReportedAsUnused() throws {
        let folder = try TemporaryFolder()
        try folder.write("team.okr.yaml", """
            id: team
            # okrlint-disable-file syntax/yaml -- legacy file
            kpis:
              # okrlint-disable-next-line syntax/, kpi/missing-range -- finance sets it in November
              - kpi: Average handling time
            """)
        let result = try BinaryRunner.run(["team.okr.yaml", "--select", "kpi/missing-range,suppression/", "--no-color"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout == """
            team.okr.yaml:2:24: warning: syntax findings cannot be suppressed: a file okrlint cannot read must never pass unchecked; \
            remove 'syntax/yaml' from the okrlint-disable-file comment and fix the syntax instead [suppression/unused]
             2 | # okrlint-disable-file syntax/yaml -- legacy file
               |                        ^^^^^^^^^^^
            team.okr.yaml:4:31: warning: syntax findings cannot be suppressed: a file okrlint cannot read must never pass unchecked; \
            remove 'syntax/' from the okrlint-disable-next-line comment and fix the syntax instead [suppression/unused]
             4 |   # okrlint-disable-next-line syntax/, kpi/missing-range -- finance sets it in November
               |                               ^^^^^^^

            0 errors, 2 warnings in 1 file

            """)
    }
}
