// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "okrlint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "okrlint", targets: ["okrlint"]),
        .library(name: "OKRLintKit", targets: ["OKRLintKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Renders --template pages, and is the reference the compiled default page is tested against.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(
            name: "OKRLintKit",
            dependencies: ["CYAML", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .executableTarget(
            name: "okrlint",
            dependencies: [
                "OKRLintKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Release builds on Linux link the Swift runtime and Foundation in
            // (as `--static-swift-stdlib` does, whose link line this repeats):
            // the binary starts in about two thirds of the time, which is most of
            // a pre-commit run, and keeps working where pre-commit or a CI cache
            // copies it. Debug builds (and the tests) stay dynamic; macOS ships
            // the runtime with the system. Being unsafe flags, they keep other
            // packages from depending on this executable product; the
            // OKRLintKit library product carries none.
            linkerSettings: [
                .unsafeFlags(
                    ["-static-stdlib", "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCollections", "-l_FoundationCShims", "-lswiftSynchronization"],
                    .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        // The fuzz target; see Fuzz/run. Built normally it replays inputs given as files.
        .executableTarget(name: "OKRLintFuzz", dependencies: ["OKRLintKit"]),
        .testTarget(
            name: "OKRLintKitTests", dependencies: ["OKRLintKit", .product(name: "Mustache", package: "swift-mustache")], exclude: ["Language/Fixtures", "Emitters/Golden", "Report/Golden"]),
        // Runs the okrlint binary `swift test` builds beside it (see BinaryRunner),
        // so it needs no module of it.
        .testTarget(name: "CLITests"),
    ]
)
