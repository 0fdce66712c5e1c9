// One import for library users and the command line: every layer of the library.
@_exported import Mustache
@_exported import ResumeFit
@_exported import ResumeLint
@_exported import ResumeLoading
@_exported import ResumeModel
@_exported import ResumeRender
@_exported import ResumeSupport
@_exported import ResumeThemes
@_exported import TeXHyphenation
@_exported import TeXTypesetting
