/// The settings of a lint run that rules and the runner depend on.
public struct LintOptions: Sendable {
    /// Today's date for date-dependent rules.
    public var asOf: CalendarDate
    public var selection: RuleSelection
    public var limits: YAMLLimits
    /// Severities and the plan rules with their options.
    public var rules: RuleConfiguration

    public init(
        asOf: CalendarDate, selection: RuleSelection = .all, limits: YAMLLimits = .standard,
        rules: RuleConfiguration = .recommended
    ) {
        self.asOf = asOf
        self.selection = selection
        self.limits = limits
        self.rules = rules
    }

    /// Whether findings of `ruleID` are reported in this run.
    func reports(_ ruleID: String) -> Bool {
        selection.isEnabled(ruleID) && rules.severity(of: ruleID) != nil
    }
}

/// Runs the rules over compiled files and turns diagnostics into findings.
public enum Linter {
    /// Lints `files` on all cores, with cross-file rules seeing them and
    /// `others` (the rest of the workspace), and history rules seeing the
    /// `bases` of the files (keyed by source path). Findings come sorted.
    public static func lint(
        _ files: [CompiledFile], alongside others: [CompiledFile], options: LintOptions, bases: [String: BaseVersion] = [:]
    ) -> [Finding] {
        lint(files, index: others.map(WorkspaceIndex.Contribution.init), options: options, bases: bases)
    }

    /// The same, with the rest of the workspace given by what each file adds to the index.
    public static func lint(
        _ files: [CompiledFile], index others: [WorkspaceIndex.Contribution], options: LintOptions,
        bases: [String: BaseVersion] = [:]
    ) -> [Finding] {
        var index = WorkspaceIndex()
        for file in files { index.add(file, linted: true) }
        for contribution in others { index.add(contribution, linted: false) }
        let workspace = index
        let perFile = ParallelMap.map(files) { file in
            findings(for: file, workspace: workspace, options: options, base: bases[file.source.path])
        }
        return perFile.flatMap { $0 }.sorted(by: Finding.ordered)
    }

    /// The findings for one compiled file, sorted. Plan rules run only when
    /// the file could be parsed; front-end diagnostics are always considered.
    public static func findings(
        for file: CompiledFile, workspace: WorkspaceIndex, options: LintOptions, base: BaseVersion? = nil
    ) -> [Finding] {
        var diagnostics = file.diagnostics
        if let plan = file.plan {
            let context = RuleContext(
                plan: plan, planID: file.planID, file: file.source, workspace: workspace, asOf: options.asOf, base: base)
            for rule in options.rules.planRules where options.reports(rule.ruleDescription.id) {
                diagnostics += rule.check(context)
            }
        }
        let reported = keepingStronger(diagnostics.filter { options.reports($0.rule) })
        return SuppressionFilter(directives: file.suppressions, isEnabled: options.reports)
            .apply(to: reported)
            .filter { options.reports($0.rule) }
            .compactMap { diagnostic in
                options.rules.severity(of: diagnostic.rule).map { severity in
                    Finding(
                        rule: diagnostic.rule, severity: severity, message: diagnostic.message, file: file.source.path,
                        span: diagnostic.span,
                        identity: FindingIdentity(rule: diagnostic.rule, at: diagnostic.span.start, in: file.plan, planID: file.planID),
                        fix: diagnostic.fix)
                }
            }
            .sorted(by: Finding.ordered)
    }

    /// Drops a diagnostic when a rule it yields to reports the same span.
    static func keepingStronger(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let reported = Set(diagnostics.map { "\($0.rule) \($0.span)" })
        return diagnostics.filter { diagnostic in
            let stronger = RuleRegistry.descriptions[diagnostic.rule]?.yieldsTo ?? []
            return !stronger.contains { reported.contains("\($0) \(diagnostic.span)") }
        }
    }
}
