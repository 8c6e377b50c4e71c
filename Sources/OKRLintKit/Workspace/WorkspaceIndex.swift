import Foundation

/// The ids of every plan of the workspace and of the items in them, and whose
/// weekly goals are for which week: what cross-file rules need, without
/// keeping whole plans in memory.
public struct WorkspaceIndex: Sendable {
    /// One plan's entry: where it is and which item ids it defines.
    public struct PlanEntry: Sendable {
        public let file: String
        public let idSpan: SourceSpan?
        /// In document order; plans hold a few dozen, so a list is searched directly.
        public let itemIDs: ItemIDList
    }

    /// Entries by plan id; more than one entry means two plans share an id.
    public private(set) var plans: [String: [PlanEntry]] = [:]
    /// Where each person's weekly goals for each week are (at each goal's title).
    var weeklyGoalLocations: [PersonWeek: [WeeklyGoalLocation]] = [:]
    /// Paths of the files this run reports on (the rest are only indexed).
    public private(set) var lintedFiles: Set<String> = []
    /// Every item id of every plan, for a bare reference that is neither an
    /// id of its own plan nor a plan id: built the first time one is looked
    /// up (none may be), so that looking up such references is not a scan of
    /// the whole workspace each time.
    private var allItemIDs = ItemIDSet()

    public init() {}

    /// An empty index with room for `capacity` plans (and their weekly goals)
    /// before its tables grow.
    public init(capacity: Int) {
        plans.reserveCapacity(capacity)
        weeklyGoalLocations.reserveCapacity(capacity * 4)
    }

    /// What one file adds to the index: small enough to cache, so a run need
    /// not parse the files it does not lint (`.okrlint-cache/`).
    public struct Contribution: Sendable, Equatable {
        public let file: String
        /// Nil when the file could not be parsed (it then adds nothing).
        public let planID: String?
        public let idSpan: SourceSpan?
        public let itemIDs: ItemIDList
        public let weeklyGoals: [Located<PersonWeek>]

        public init(file: String, planID: String?, idSpan: SourceSpan?, itemIDs: [String], weeklyGoals: [Located<PersonWeek>]) {
            self.init(file: file, planID: planID, idSpan: idSpan, itemIDs: ItemIDList(itemIDs), weeklyGoals: weeklyGoals)
        }

        init(file: String, planID: String?, idSpan: SourceSpan?, itemIDs: ItemIDList, weeklyGoals: [Located<PersonWeek>]) {
            self.file = file
            self.planID = planID
            self.idSpan = idSpan
            self.itemIDs = itemIDs
            self.weeklyGoals = weeklyGoals
        }

        /// What a compiled file adds (read from its plan: a file only indexed
        /// needs no outline).
        public init(_ file: CompiledFile) {
            self.init(
                file: file.source.path, planID: file.plan == nil ? nil : file.planID, idSpan: file.plan?.id?.span,
                itemIDs: ItemIDList(file.plan?.itemIDs.map(\.value) ?? []),
                weeklyGoals: file.plan.map { PlanOutline.weeklyGoals(of: $0).map(\.located) } ?? [])
        }

        /// What a compiled file adds, read from the outline of its plan (nil
        /// when it has none) that the cross-file pass keeps anyway.
        public init(_ file: CompiledFile, outline: PlanOutline?) {
            self.init(
                file: file.source.path, planID: outline == nil ? nil : file.planID, idSpan: outline?.id?.span,
                itemIDs: ItemIDList(outline?.itemIDs.map(\.value) ?? []), weeklyGoals: outline?.weeklyGoals.map(\.located) ?? [])
        }

        /// The same contribution for a file shown under another path.
        public func shown(as path: String) -> Contribution {
            Contribution(file: path, planID: planID, idSpan: idSpan, itemIDs: itemIDs, weeklyGoals: weeklyGoals)
        }
    }

    /// Adds a compiled file's plan (files that could not be parsed add nothing);
    /// `linted` marks a file this run reports on.
    public mutating func add(_ file: CompiledFile, linted: Bool) {
        add(Contribution(file), linted: linted)
    }

    /// Adds what one file contributes; `linted` marks a file this run reports on.
    public mutating func add(_ contribution: Contribution, linted: Bool) {
        if linted { lintedFiles.insert(contribution.file) }
        guard let planID = contribution.planID else { return }
        if allItemIDs.isMade { allItemIDs = ItemIDSet() }
        plans[planID, default: []].append(PlanEntry(file: contribution.file, idSpan: contribution.idSpan, itemIDs: contribution.itemIDs))
        for goal in contribution.weeklyGoals {
            weeklyGoalLocations[goal.value, default: []].append(WeeklyGoalLocation(file: contribution.file, span: goal.span))
        }
    }

    /// Whether this run reports on `file`.
    public func isLinted(_ file: String) -> Bool { lintedFiles.contains(file) }

    /// The result of looking a reference up.
    public enum Resolution: Equatable, Sendable {
        case found
        /// Nothing matches: what is wrong, the closest known id if one is near, and what is missing.
        case unknown(problem: String, closest: String?, missing: Missing)
    }

    /// What an unknown reference names that does not exist.
    public enum Missing: Equatable, Sendable {
        /// An item (of this plan, or of a plan that exists).
        case item
        /// The plan before `#`.
        case plan
    }

    /// Resolves `reference` written in the plan `planID`: `plan#item` must
    /// name an item of that plan; a bare id may name an item of this plan, a
    /// plan, or an item of another plan.
    public func resolve(_ reference: ItemReference, from planID: String) -> Resolution {
        let local = plans[planID]?.first?.itemIDs ?? ItemIDList([])
        guard let planName = reference.plan else {
            let id = reference.raw
            // Other plans' items are searched last and only for ids that are neither local nor a plan.
            if local.contains(id) || plans[id] != nil || allItemIDs.contains(id, amongItemsOf: plans) {
                return .found
            }
            return .unknown(
                problem: "'\(id)' names no item of this plan and no plan of the workspace",
                closest: Suggestions.closest(to: id, among: local.ids + plans.keys), missing: .item)
        }
        guard let entries = plans[planName] else {
            return .unknown(
                problem: "there is no plan '\(planName)' in the workspace",
                closest: Suggestions.closest(to: planName, among: plans.keys).map { "\($0)#\(reference.item ?? "")" },
                missing: .plan)
        }
        guard let item = reference.item else { return .found }
        if entries.contains(where: { $0.itemIDs.contains(item) }) { return .found }
        let known = entries.reduce(into: Set<String>()) { $0.formUnion($1.itemIDs.ids) }
        return .unknown(
            problem: "plan '\(planName)' has no item '\(item)'",
            closest: Suggestions.closest(to: item, among: known).map { "\(planName)#\($0)" }, missing: .item)
    }
}

extension Plan {
    /// The ids of every item of the plan, in document order.
    public var itemIDs: [Located<String>] {
        // Items are read in place, by index: copying one out of its array
        // would retain every field it holds.
        var ids: [Located<String>] = []
        for index in objectives.indices {
            if let id = objectives[index].id { ids.append(id) }
            Self.appendIDs(of: objectives[index].keyResults, to: &ids)
        }
        Self.appendIDs(of: kpis, to: &ids)
        Self.appendIDs(of: milestones, to: &ids)
        Self.appendIDs(of: weekly, to: &ids)
        Self.appendIDs(of: decisions, to: &ids)
        return ids
    }

    private static func appendIDs<Item: PlanItem>(of items: [Item], to ids: inout [Located<String>]) {
        for index in items.indices {
            if let id = items[index].id { ids.append(id) }
        }
    }
}

/// The item ids of a workspace's plans as one set, made when first asked
/// and then shared by the threads that resolve references.
private final class ItemIDSet: @unchecked Sendable {
    private let lock = NSLock()
    private var ids: Set<String>?

    func contains(_ id: String, amongItemsOf plans: [String: [WorkspaceIndex.PlanEntry]]) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if ids == nil { ids = Set(plans.values.joined().flatMap(\.itemIDs.ids)) }
        return ids?.contains(id) ?? false
    }

    /// Whether the set was made (a copy of the index may share it, so a
    /// plan added afterwards needs a new one).
    var isMade: Bool {
        lock.lock()
        defer { lock.unlock() }
        return ids != nil
    }
}
