/// TeX's named constants that the line breaker and page builder share (tex.web §108, §157, §833).
package enum TeXConstants {
    /// `inf_bad`: the badness of a line or page that cannot stretch or shrink enough.
    package static let infiniteBadness = 10000
    /// `inf_penalty`: a penalty this high forbids a break.
    package static let infinitePenalty = 10000
    /// `eject_penalty`: a penalty this low forces a break.
    package static let ejectPenalty = -10000
    /// `awful_bad`: larger than any real cost.
    package static let awfulBad = 0o7777777777
    /// `deplorable`: the cost of a page break that leaves the page underfull.
    package static let deplorable = 100000
}
