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

        public static let standardCustomerWords = [
            "buyer", "cancellation", "cancelled", "canceled", "checkout", "churn", "client", "complaint",
            "consumer", "csat", "customer", "guest", "late", "learner", "member", "net promoter", "nps", "on time",
            "on-time", "out of stock", "out-of-stock", "passenger", "patient", "refund", "reply", "response time",
            "retention", "satisfaction", "shopper", "stockout", "student", "subscriber", "tenant", "user", "wait",
            "waiting",
        ]

        public static let standardRiskWords = [
            "2fa", "accident", "audit", "availability", "backup", "breach", "bug", "chargeback", "compliance",
            "crash", "cve", "defect", "disaster", "downtime", "encrypted", "encryption", "error", "exposure",
            "failure", "fraud", "gdpr", "hipaa", "incident", "injury", "leak", "loss", "malware", "mfa",
            "multi-factor", "outage", "overdue", "patch", "pci", "penalty", "phishing", "ransomware", "recovery",
            "restore", "risk", "rollback", "rpo", "rto", "safety", "security", "theft", "uptime", "vulnerability",
            "write-off",
        ]

        /// Also "per": a measure per customer ("spend per customer") is about the team's own numbers.
        public static let standardInternalWords = [
            "acquisition", "data", "database", "employee", "file", "headcount", "id", "internal", "list", "per",
            "record", "segment", "staff", "team",
        ]
    }
}
