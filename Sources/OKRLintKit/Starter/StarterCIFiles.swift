/// The configuration, pre-commit and GitHub Actions files `okrlint init`
/// writes; the README's "Use in CI and pre-commit" section shows the same
/// text, and a test keeps the two equal.
enum StarterCIFiles {
    /// Where okrlint's source lives: the pre-commit hook repository, and what CI builds.
    static let repository = "https://github.com/okrlint/okrlint"

    static let configuration = """
        # okrlint configuration; `okrlint schema --config` prints its JSON Schema.
        extends: recommended          # recommended | strict | all
        include: ["goals/**"]         # where folder searches look (relative to this file)
        # rules:
        #   objective/too-many: {max: 3}
        #   milestone/vague: off

        """

    /// `.pre-commit-config.yaml` for okrlint `version` (a release tag `v…`).
    static func preCommitConfiguration(version: String) -> String {
        """
        # pre-commit runs okrlint on the goal files of every commit; set it up
        # once per clone with `pip install pre-commit && pre-commit install`.
        repos:
          - repo: \(repository)
            rev: v\(version)
            hooks:
              - id: okrlint

        """
    }

    /// `.github/workflows/okrlint.yml` for okrlint `version`: lints every pull
    /// request against its target branch with SARIF findings for code scanning,
    /// and publishes the weekly status page to GitHub Pages.
    static func workflow(version: String) -> String {
        """
        name: okrlint

        on:
          pull_request:
          push:
            branches: [main]
          schedule:
            - cron: "0 6 * * 1"       # Mondays: refresh the weekly status page
          workflow_dispatch:

        permissions:
          contents: read

        jobs:
          lint:
            runs-on: ubuntu-latest
            permissions:
              actions: read
              contents: read
              security-events: write  # upload findings to code scanning
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0      # full history: --diff-base compares with the target branch
              - name: Install okrlint
                run: |
                  sudo apt-get update && sudo apt-get install -y libyaml-dev
                  git clone --depth 1 --branch v\(version) \(repository) "$RUNNER_TEMP/okrlint"
                  swift build -c release --package-path "$RUNNER_TEMP/okrlint"
                  echo "$RUNNER_TEMP/okrlint/.build/release" >> "$GITHUB_PATH"
              - name: Lint the goal files
                env:
                  BASE_REF: ${{ github.base_ref }}
                run: okrlint lint goals --format sarif --output okrlint.sarif ${BASE_REF:+--diff-base "origin/$BASE_REF"}
              - name: Upload the findings to code scanning
                if: ${{ !cancelled() }}
                uses: github/codeql-action/upload-sarif@v3
                with:
                  sarif_file: okrlint.sarif
                  category: okrlint
              - name: Build the weekly status page
                if: ${{ !cancelled() && github.event_name != 'pull_request' }}
                run: okrlint report goals --format html --output site/
              - name: Upload the status page
                if: ${{ !cancelled() && github.event_name != 'pull_request' }}
                uses: actions/upload-pages-artifact@v3
                with:
                  path: site

          publish:
            needs: lint
            if: ${{ !cancelled() && github.event_name != 'pull_request' }}
            runs-on: ubuntu-latest
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """
    }
}
