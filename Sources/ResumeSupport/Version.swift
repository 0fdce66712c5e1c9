/// The version printed by `resume --version`.
public enum ResumeKitVersion {
    public static let current = "0.1.0"
}
