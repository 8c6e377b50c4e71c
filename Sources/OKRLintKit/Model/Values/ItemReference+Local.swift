extension ItemReference {
    /// The id of the item this reference names inside the plan `planID`: a
    /// bare id as written, or the item of `planID#item`; nil when it names
    /// another plan.
    public func localItemID(in planID: String) -> String? {
        guard let plan else { return raw }
        return plan == planID ? item : nil
    }
}
