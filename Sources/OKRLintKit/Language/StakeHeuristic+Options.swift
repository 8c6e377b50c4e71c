extension StakeHeuristic {
    /// The word lists behind the heuristic, for a team to replace or extend with its own vocabulary
    /// (a supplier to cafés adds "café"). Entries are case-insensitive, may be several words
    /// ("on time"), and also match their plurals.
    public struct Options: Sendable, Equatable {
        /// The people a customer-facing key result serves, and what they see or feel
        /// ("customer", "user", "NPS", "churn", "complaint", "wait").
        public var customerWords: [String]
        /// What a risk-reducing key result brings down or guards ("incident", "outage", "fraud", "backup").
        public var riskWords: [String]
        /// Words that make a customer word name internal data or people next to it
        /// ("customer data", "customer acquisition cost", "internal users").
        public var internalWords: [String]

        public init(
            customerWords: [String] = Self.standardCustomerWords,
            riskWords: [String] = Self.standardRiskWords,
            internalWords: [String] = Self.standardInternalWords
        ) {
            self.customerWords = customerWords
            self.riskWords = riskWords
            self.internalWords = internalWords
        }

        /// The standard English lists.
        public static let `default` = Options()

        /// People served ("customer", "caller", "resident"), and what they meet: lateness ("late",
        /// "delayed"), waiting ("wait", "unanswered"), faults in what they receive ("damaged", "refund"),
        /// how they judge it ("satisfied", "rating"), loyalty ("repeat", "churn") and advocacy ("recommend").
        public static let standardCustomerWords = [
            "broken", "buyer", "caller", "cancellation", "cancelled", "canceled", "checkout", "churn", "citizen",
            "client", "complaint", "consumer", "csat", "customer", "damaged", "delay", "delayed", "diner",
            "dissatisfied", "faulty", "guest", "late", "learner", "loyalty", "member", "net promoter", "nps",
            "on time", "on-time", "out of stock", "out-of-stock", "passenger", "patient", "rating", "recommend",
            "referral", "refund", "repeat", "reply", "resident", "response time", "retention", "returning",
            "satisfaction", "satisfied", "shopper", "stockout", "student", "subscriber", "tenant", "traveler",
            "traveller", "unanswered", "user", "wait", "waiting",
        ]

        public static let standardRiskWords = [
            "2fa", "accident", "audit", "availability", "backup", "breach", "bug", "chargeback", "compliance",
            "crash", "cve", "defect", "disaster", "downtime", "encrypted", "encryption", "error", "exposure",
            "failure", "fraud", "gdpr", "hazard", "hipaa", "incident", "injury", "leak", "loss", "lost", "malware", "mfa",
            "multi-factor", "near miss", "near-miss", "outage", "overdue", "patch", "pci", "penalty", "phishing",
            "ransomware", "recovery", "restore", "risk", "rollback", "rpo", "rto", "safety", "security", "theft",
            "unsafe", "uptime", "vulnerability", "write-off",
        ]

        /// Also "per": a measure per customer ("spend per customer") is about the team's own numbers, and
        /// so is what the team pays for ("customer acquisition cost", "customer survey budget") or knows
        /// ("customer data", "customer research").
        public static let standardInternalWords = [
            "acquisition", "budget", "cost", "data", "database", "employee", "file", "headcount", "id", "internal",
            "list", "per", "record", "research", "segment", "staff", "team",
        ]
    }
}
