/// TeX's badness of stretching or shrinking by `t` with `s` available (tex.web §108): an integer
/// approximation of 100(t/s)³, capped at 10000, computed exactly as TeX does so that ties and
/// thresholds fall the same way.
func badness(_ t: Int, _ s: Int) -> Int {
    if t == 0 { return 0 }
    if s <= 0 { return infiniteBadness }
    let r: Int
    if t <= 7_230_584 {
        r = (t * 297) / s
    } else if s >= 1_663_497 {
        r = t / (s / 297)
    } else {
        r = t
    }
    if r > 1290 { return infiniteBadness }
    return (r * r * r + 0o400000) / 0o1000000
}

let infiniteBadness = TeXConstants.infiniteBadness
