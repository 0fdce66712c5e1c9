import TeXTypesetting

/// The LaTeX that defines the blocks, generated from the vocabulary (`Block`) and the theme's
/// looks (`BlockLook`, `entryStyle`, `paragraph.font`): three partials every LaTeX document of
/// every theme includes. Lengths stay Mustache tags (`<<layout.itemBefore.tex>>`), filled from
/// the same layout values the fit engine reads.
///
/// - `setup`: type sizes, paragraph and page parameters (in the preamble);
/// - `pagebreaks`: the registers and macros that decide where a page may break;
/// - `macros`: the blocks themselves, `pagebreaks` included.
struct BlockMacros: Sendable {
    let look: BlockLook
    let entryStyle: EntryStyle
    let font: ParagraphSettings.FontFamily

    init(manifest: ThemeManifest) {
        look = manifest.blocks
        entryStyle = manifest.entryStyle
        font = manifest.paragraph.font
    }

    /// The partial names, which a theme may not use for its own templates.
    static let partialNames = ["setup", "pagebreaks", "macros"]
    /// The partials a LaTeX document's preamble must include (`macros` includes `pagebreaks`).
    static let preamblePartials = ["setup", "macros"]

    /// Each generated partial's template text, by name.
    var partials: [String: String] {
        ["setup": setup, "pagebreaks": Self.pageBreaks, "macros": macros]
    }

    private static let delimiters = "{{=<< >>=}}\n"

    /// A layout length as the templates write it.
    private static func length(_ key: LayoutLength) -> String { "<<layout.\(key.rawValue).tex>>" }

    /// The LaTeX of a block's opening space.
    private static func latex(_ opening: Block.Opening) -> String {
        switch opening {
        case .space(let key): #"\vspace{"# + length(key) + "}"
        case .start(let penalty, let key): #"\cvstart{"# + String(penalty) + "}{" + length(key) + "}"
        }
    }

    private static func opening(_ block: Block) -> String { block.opening.map(latex) ?? "" }

    var setup: String {
        Self.delimiters + fontSelection + #"""
            % Sizes and vertical spacing come from theme.yaml; every skip is fixed so lines and pages are predictable.
            \renewcommand\normalsize{\fontsize{<<layout.fontSize.tex>>}{<<layout.baselineSkip.tex>>}\selectfont}
            \newcommand\cvsmall{\fontsize{<<layout.smallSize.tex>>}{<<layout.smallSkip.tex>>}\selectfont}
            \setlength\parindent{0pt}
            \setlength\parskip{0pt}
            \clubpenalty=10000
            \widowpenalty=10000
            % Pages after the first carry the name and the page number in the bottom margin, small and muted;
            % the total comes from resume's fit engine, so no second TeX pass is needed to learn it.
            \makeatletter
            \def\ps@cvfooter{\let\@oddhead\@empty\let\@evenhead\@empty
              \def\@oddfoot{\ifnum\value{page}>1 \hfil{\cvsmall\color{muted}<<basics.name>>\quad\thepage<<#pages.total>>\,/\,<<pages.total>><</pages.total>>}\hfil\fi}%
              \let\@evenfoot\@oddfoot}
            \makeatother
            \pagestyle{cvfooter}
            \raggedbottom
            \setlength\topskip{<<layout.topSkip.tex>>}
            \setlength\maxdepth{<<layout.maxDepth.tex>>}
            \pretolerance=<<paragraph.pretolerance>>
            \tolerance=<<paragraph.tolerance>>
            \setlength\emergencystretch{<<paragraph.emergencyStretch>>}
            <<#paragraph.raggedRight>>
            \raggedright
            <</paragraph.raggedRight>>
            <<#paragraph.frenchSpacing>>
            \frenchspacing
            <</paragraph.frenchSpacing>>

            """#
    }

    /// The LaTeX that makes `paragraph.font` the document's family, before the sizes.
    private var fontSelection: String {
        switch font {
        case .latinModern:
            ""
        case .latinModernSans:
            #"""
            % Latin Modern Sans throughout (paragraph.font in theme.yaml): the fit engine measures with its metrics.
            \renewcommand\familydefault{\sfdefault}


            """#
        case .texGyreHeros:
            // A XeLaTeX document set in CMU for its Cyrillic or Greek keeps CMU Sans Serif.
            #"""
            % TeX Gyre Heros throughout (paragraph.font in theme.yaml): the fit engine measures with its metrics.
            <<#engine.pdflatex>>
            \IfFileExists{t1qhv.fd}{}{\PackageError{resume}{File `t1qhv.fd' not found}{TeX Gyre Heros is in Debian's tex-gyre.}}
            \renewcommand\sfdefault{qhv}
            <</engine.pdflatex>>
            <<#engine.xelatex>>
            <<^cyrillicAndGreek>>
            % Heros's files, found as TeX finds them (no fontconfig needed), and its interword shrink as its TFM
            % gives it (0.93pt at 10pt), which the fit measures; fontspec's is a third of the space.
            \setsansfont{texgyreheros}[Extension=.otf,UprightFont=*-regular,BoldFont=*-bold,ItalicFont=*-italic,BoldItalicFont=*-bolditalic,WordSpace={1,1,\#(LatinModern.Family.herosInterwordShrinkFactor)}]
            <</cyrillicAndGreek>>
            <</engine.xelatex>>
            \renewcommand\familydefault{\sfdefault}


            """#
        }
    }

    var macros: String {
        let centered = look.header == .centered
        let muted = look.headerDetails == .muted
        let bullet = look.bullet == .accent ? #"{\color{accent}\textbullet}"# : #"\textbullet"#
        let headingFont = look.heading == .smallCaps ? #"\scshape"# : ""
        let ruleColor = look.rule == .light ? "rule" : "accent"
        var lines = [Self.delimiters + "<<>pagebreaks>>"]
        if look.rule == .light { lines.append(#"\colorlet{rule}{accent!30}"#) }
        lines += [
            #"\newcommand\cvifempty[3]{\def\cvtmp{#1}\ifx\cvtmp\empty#2\else#3\fi}"#,
            "% \\cvline{left}{right}: right flush right on the last line of left, or on a line of its own if it does not fit.",
            #"\newcommand\cvline[2]{{\rightskip=0pt plus 4em\noindent#1\cvifempty{#2}{}{\nobreak\hfil\penalty50\hskip1.5em\hbox{}\nobreak\hfil{\cvsmall\color{muted}#2}\parfillskip=0pt}\par}}"#,
            #"\newcommand\cvsection[1]{\par\cvreset\global\cvopened=0 \penalty-100\vspace{"# + Self.length(.headingBefore)
                + #"}{\fontsize{"# + Self.length(.headingSize) + "}{" + Self.length(.headingSkip) + #"}\selectfont"# + headingFont
                + #"\color{accent}#1\par}\nopagebreak\vspace{"# + Self.length(.ruleGap) + #"}{\color{"# + ruleColor
                + #"}\hrule height "# + Self.length(.ruleThickness) + #"}\nopagebreak\vspace{"# + Self.length(.headingAfter)
                + #"}\global\cvkeeptrue\global\cvfirsttrue}"#,
        ]
        lines += entry
        lines += [
            #"\newcommand\cvbullet[1]{{\leftskip="# + Self.length(.itemIndent) + #"\noindent\llap{"# + bullet + #"\hspace{0.5em}}#1\par}}"#,
            #"\newcommand\cvtext[1]{"# + Self.opening(.text) + #"{\noindent#1\par}}"#,
            #"\newcommand\cvpair[2]{"# + Self.opening(.pair) + #"{\hangindent="# + Self.length(.itemIndent)
                + #"\hangafter=1\noindent\cvifempty{#1}{}{\textbf{#1}\cvifempty{#2}{}{: }}#2\par}}"#,
            centered
                ? "% The header: name, label and contact line centred, then an optional summary paragraph."
                : "% The header, flush left: the name in the accent colour, then label and contact line, then an optional summary.",
            #"\newcommand\cvname[1]{{"# + (centered ? #"\centering"# : "") + #"\fontsize{"# + Self.length(.nameSize) + "}{"
                + Self.length(.nameSkip) + #"}\selectfont\color{accent}#1\par}}"#,
            #"\newcommand\cvlabel[1]{"# + Self.opening(.label) + "{" + (centered ? #"\centering"# : "")
                + (muted ? #"\leavevmode{\color{muted}#1}"# : #"\itshape #1"#) + #"\par}}"#,
            "% The contact line is " + (centered ? "centred" : "flush left")
                + " and balanced: when it takes two lines they are about as long, never",
            "% one item alone on the second (the skips stretch by the line's width in all, not without end).",
            #"\newcommand\cvcontacts[1]{"# + Self.opening(.contacts) + "{"
                + (centered ? #"\leftskip=0pt plus .5\hsize\rightskip=0pt plus .5\hsize"# : #"\rightskip=0pt plus \hsize"#)
                + #"\parfillskip=0pt\cvsmall"# + (muted ? #"\leavevmode{\color{muted}#1}"# : " #1") + #"\par}}"#,
            #"\newcommand\cvheaderend{"# + Self.opening(.headerEnd) + "}",
            #"\newcommand\cvsummary[1]{"# + Self.opening(.summary) + #"{\noindent#1\par}}"#,
            "% Contacts never break inside; a line break at a separator drops the separator.",
            #"\newcommand\cvcontact[1]{\mbox{#1}}"#,
            "% \\cvicon{code}: a contact's picture (blocks.icons), marvosym's character `code` in the accent colour,",
            "% marked as no text, so that a reader copying the line or a parser reading the PDF gets the contact alone.",
            #"\def\cvopendict{\string<\string<}% (a dictionary's opening, spelt so as not to open a template tag)"#,
            #"\ifdefined\pdfliteral\newcommand\cvnotext[1]{\pdfliteral{/Span\cvopendict/ActualText()>>BDC}#1\pdfliteral{EMC}}"#,
            #"\else\newcommand\cvnotext[1]{\special{pdf:literal /Span\cvopendict/ActualText()>>BDC}#1\special{pdf:literal EMC}}\fi"#,
            #"\newcommand\cvicon[1]{\cvnotext{{\color{accent}\usefont{U}{mvs}{m}{n}\char#1}}\hspace{0.4em}}"#,
            #"\newcommand\cvsep{\discretionary{}{}{\hbox{\hspace{0.6em}\textperiodcentered\hspace{0.6em}}}}"#,
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `\cventry{title}{dates}{subtitle}{place}` as the entry style lays it out.
    private var entry: [String] {
        let start = #"\newcommand\cventry[4]{\cvreset"# + Self.opening(.entry)
        let end = #"\global\cvkeeptrue\global\cvheadtrue}"#
        switch entryStyle {
        case .stacked:
            return [
                "% \\cventry{title}{dates}{subtitle}{place}: bold title and dates, then italic subtitle and place.",
                start + #"\cvline{\textbf{#1}}{#2}\cvifempty{#3#4}{}{\nopagebreak\cvline{\textit{#3}}{#4}}"# + end,
            ]
        case .inline:
            return [
                "% \\cventry{title}{dates}{subtitle}{place} on one line (entryStyle: inline): the bold title, a comma and the",
                "% italic subtitle, a centred dot and the small muted place, then the dates flush right. A long entry wraps;",
                "% its dates end the last line or take a line of their own. The subtitle is tested before \\textbf so that",
                "% the comma follows the bold title directly, as the fit engine sets it.",
                start + #"\cvline{\cvifempty{#3}{\textbf{#1}}{\textbf{#1}, \textit{#3}}\cvifempty{#4}{}{~\textperiodcentered\ {\cvsmall\color{muted}#4}}}{#2}"#
                    + end,
            ]
        }
    }
}

extension BlockMacros {
    /// Page breaks between blocks, as a typographer sets them: the registers `\cvstart` reads and
    /// the marks between blocks; the fit engine's `BlockState` keeps the same registers.
    static let pageBreaks = delimiters + #"""
        % Page breaks between blocks, as a typographer sets them. \cvstart{penalty}{space} begins a block: a page may
        % break before it at the given penalty, unless the block must stay with what precedes it: right after a
        % heading or an entry's title (\ifcvkeep), inside an entry or section kept together (\cvtogether … \cvapart
        % around it; the break before its first block stays allowed), or after a block of one line that must not end
        % a page alone (\ifcvclub: an entry's first line of text, a list's first bullet). The last bullet of a list
        % that \cvlist{count} announced is measured first and, if it is one line, kept from the top of a page alone.
        % The space is left out after a heading. \cvnewpage starts a new page.
        \newif\ifcvkeep
        \newif\ifcvfirst
        \newif\ifcvclub
        \newif\ifcvhead
        \newcount\cvbreak
        \newcount\cvtogetherdepth
        \newcount\cvopened
        \newcount\cvlistcount
        \newcount\cvlistleft
        \newcount\cvmeasuredlines
        \newbox\cvscratch
        \newcommand*\cvstart[2]{\par\cvbreak=#1\relax
          \ifcvkeep\cvbreak=10000 \fi
          \ifnum\cvtogetherdepth>\cvopened\cvbreak=10000 \fi
          \ifcvclub\ifnum\prevgraf=1 \cvbreak=10000 \fi\fi
          \penalty\cvbreak
          \ifcvfirst\else\vspace{#2}\fi
          \global\cvkeepfalse\global\cvfirstfalse\global\cvclubfalse\global\cvopened=0
          \ifcvhead\global\cvclubtrue\global\cvheadfalse\fi}
        \newcommand\cvreset{\global\cvclubfalse\global\cvheadfalse\global\cvlistcount=0 \global\cvlistleft=0 }
        \newcommand\cvnewpage{\par\penalty-10000 }
        \newcommand\cvtogether{\global\advance\cvtogetherdepth 1 \global\advance\cvopened 1 \global\interlinepenalty=10000 }
        \newcommand\cvapart{\global\advance\cvtogetherdepth -1 \ifnum\cvtogetherdepth=0 \global\interlinepenalty=0 \fi}
        \newcommand\cvlist[1]{\global\cvlistcount=#1\relax\global\cvlistleft=#1\relax}
        % \cvmeasurelines{paragraph}: how many lines the paragraph sets in, into \cvmeasuredlines, setting nothing on the page.
        \newcommand\cvmeasurelines[1]{\setbox\cvscratch\vbox{\everypar{}#1\global\cvmeasuredlines=\prevgraf}}
        % \cvitem{text}: a bullet of a list; the first of several, if one line, stays with the second, the last
        % stays with the one before.
        \newcommand\cvitem[1]{\ifnum\cvlistleft=1 \cvmeasurelines{\cvbullet{#1}}\ifnum\cvmeasuredlines=1 \global\cvkeeptrue\fi\fi
          \#(opening(.item))%
          \ifnum\cvlistleft>1 \ifnum\cvlistleft=\cvlistcount\global\cvclubtrue\fi\fi
          \ifnum\cvlistleft>0 \global\advance\cvlistleft -1 \fi
          \cvbullet{#1}}

        """#
}
