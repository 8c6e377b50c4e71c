/// The settings of a lint run that rules and the runner depend on.
public struct LintOptions: Sendable {
    /// Today's date for date-dependent rules.
    public var asOf: CalendarDate
    public let selection: RuleSelection
    public var limits: YAMLLimits
    /// Severities and the plan rules with their options.
    public let rules: RuleConfiguration
    /// The plan rules whose findings this run reports, in order: chosen
    /// once, not for every file.
    let reportedRules: [ConfiguredRule]

    public init(
        asOf: CalendarDate, selection: RuleSelection = .all, limits: YAMLLimits = .standard,
        rules: RuleConfiguration = .recommended
    ) {
        self.asOf = asOf
        self.selection = selection
        self.limits = limits
        self.rules = rules
        reportedRules = rules.planRules.filter { Self.reports($0.id, selection: selection, rules: rules) }
    }

    /// Whether findings of `ruleID` are reported in this run.
    func reports(_ ruleID: String) -> Bool {
        Self.reports(ruleID, selection: selection, rules: rules)
    }

    private static func reports(_ ruleID: String, selection: RuleSelection, rules: RuleConfiguration) -> Bool {
        selection.isEnabled(ruleID) && rules.severity(of: ruleID) != nil
    }
}

/// One linted file after the rules that need only the file itself: what the
/// rules that look across files, the suppressions and the findings still need,
/// without the whole plan.
public struct LocalPass: Sendable {
    /// The file's path as shown.
    public let file: String
    public let planID: String
    /// The plan's outline (nil when the file could not be parsed).
    public let outline: PlanOutline?
    let suppressions: [SuppressionDirective]
    /// Front-end diagnostics and those of the rules that need no workspace.
    public let diagnostics: [Diagnostic]
}

/// Runs the rules over compiled files and turns diagnostics into findings, in
/// two passes: per file as soon as it is read, then, once every file of the
/// workspace is indexed, the rules that look across files.
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
        let passes = ParallelMap.map(files) { file in localPass(file, options: options, base: bases[file.source.path]) }
        return finish(passes, index: files.map(WorkspaceIndex.Contribution.init), others: others, options: options)
    }

    /// The second pass over files read by `localPass`: indexes them with
    /// `others`, runs the rules that look across files, and returns the findings, sorted.
    public static func finish(
        _ passes: [LocalPass], index linted: [WorkspaceIndex.Contribution], others: [WorkspaceIndex.Contribution],
        options: LintOptions
    ) -> [Finding] {
        var index = WorkspaceIndex(capacity: linted.count + others.count)
        for contribution in linted { index.add(contribution, linted: true) }
        for contribution in others { index.add(contribution, linted: false) }
        let workspace = index
        let perFile = ParallelMap.map(passes) { pass in crossFilePass(pass, workspace: workspace, options: options) }
        return perFile.flatMap { $0 }.sorted(by: Finding.ordered)
    }

    /// The findings for one compiled file, sorted. Plan rules run only when
    /// the file could be parsed; front-end diagnostics are always considered.
    public static func findings(
        for file: CompiledFile, workspace: WorkspaceIndex, options: LintOptions, base: BaseVersion? = nil
    ) -> [Finding] {
        crossFilePass(localPass(file, options: options, base: base), workspace: workspace, options: options)
    }

    /// The front end's diagnostics and those of the enabled rules that need
    /// only this file (and its git base).
    public static func localPass(_ file: CompiledFile, options: LintOptions, base: BaseVersion? = nil) -> LocalPass {
        var diagnostics = file.diagnostics
        let outline = file.plan.map(PlanOutline.init)
        if let plan = file.plan, let outline {
            let context = RuleContext(
                plan: plan, outline: outline, planID: file.planID, file: file.source, workspace: WorkspaceIndex(),
                asOf: options.asOf, base: base)
            for configured in options.reportedRules where !configured.needsWorkspace {
                diagnostics += configured.rule.check(context)
            }
        }
        return LocalPass(
            file: file.source.path, planID: file.planID, outline: outline, suppressions: file.suppressions,
            diagnostics: diagnostics)
    }

    /// The rules that look across files, then the stronger-rule choice, the
    /// suppressions and the severities.
    static func crossFilePass(_ pass: LocalPass, workspace: WorkspaceIndex, options: LintOptions) -> [Finding] {
        var diagnostics = pass.diagnostics
        if let outline = pass.outline {
            let context = RuleContext(
                plan: Plan(span: .fileStart), outline: outline, planID: pass.planID, file: SourceFile(path: pass.file, bytes: []),
                workspace: workspace, asOf: options.asOf, base: nil)
            for configured in options.reportedRules where configured.needsWorkspace {
                diagnostics += configured.rule.check(context)
            }
        }
        let reported = keepingStronger(diagnostics.filter { options.reports($0.rule) })
        return SuppressionFilter(directives: pass.suppressions, isEnabled: options.reports)
            .apply(to: reported)
            .filter { options.reports($0.rule) }
            .compactMap { diagnostic in
                options.rules.severity(of: diagnostic.rule).map { severity in
                    Finding(
                        rule: diagnostic.rule, severity: severity, message: diagnostic.message, file: pass.file,
                        span: diagnostic.span,
                        identity: FindingIdentity(rule: diagnostic.rule, at: diagnostic.span.start, in: pass.outline, planID: pass.planID),
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
