# A Homebrew formula for a tap of this repository:
#   brew tap OWNER/resume https://github.com/OWNER/resume
#   brew install OWNER/resume/resume
# It builds from source with the Swift toolchain (Xcode on macOS; on Linux the runtime is linked
# in, so the installed binary needs no toolchain), and installs the manual page and the bash, zsh
# and fish completions.
class Resume < Formula
  desc "Render one YAML résumé as HTML, LaTeX, PDF and text, and lint that it fits"
  homepage "https://github.com/OWNER/resume"
  url "https://github.com/OWNER/resume.git", tag: "0.1.0"
  head "https://github.com/OWNER/resume.git", branch: "main"

  depends_on xcode: ["16.0", :build]
  uses_from_macos "swift" => :build

  def install
    args = OS.mac? ? ["--disable-sandbox"] : ["--static-swift-stdlib"]
    system "swift", "build", *args, "--configuration", "release", "--product", "resume"
    bin.install ".build/release/resume"
    man1.install "docs/man/resume.1"
    generate_completions_from_executable(bin/"resume", "--generate-completion-script")
  end

  test do
    system bin/"resume", "init", testpath/"cv.yaml"
    assert_match "no problems in 1 file", shell_output("#{bin}/resume lint #{testpath}/cv.yaml")
    assert_match "<!DOCTYPE html>", shell_output("#{bin}/resume render #{testpath}/cv.yaml --format html")
  end
end
