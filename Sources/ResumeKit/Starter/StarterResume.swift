/// The starter résumé that `resume init` writes: every section filled with example content to replace.
public enum StarterResume {
    /// The YAML text, ending in a newline. Its first line points editors to the schema that
    /// `resume init` writes beside it, `./resume.schema.json`.
    public static let yaml: String = #"""
    # yaml-language-server: $schema=./\#(ResumeSchema.fileName)
    # Your résumé. Replace the examples below, check it with `resume lint cv.yaml`, then render it: `resume render cv.yaml -o cv.html`
    #
    # The rule this tool checks: the whole résumé fits on 1–2 pages, and each
    # project is one or two lines saying what it was – your role – the result,
    # with a number where you can. Write only lines you can explain in an interview.
    #
    # Dates are quoted strings: "2024", "2024-05" or "2024-05-14".
    # Leave out endDate for something still going on (or write "present").
    # Sections appear in this order; delete any you do not need.
    # Keys follow JSON Resume (jsonresume.org); a misspelt key is an error.
    # The first line lets editors with a YAML language server (VS Code's YAML extension, …)
    # complete and check every field against \#(ResumeSchema.fileName), kept beside this file.

    basics:
      name: Your Name
      label: Machine Learning Engineer        # a short title under your name
      email: you@example.com
      phone: "+1 555 0100"
      url: https://example.com                # personal site or portfolio
      location:
        city: Seoul
        countryCode: KR                       # two-letter country code
      profiles:                               # shown as links in the header
        - network: GitHub
          username: your-handle
          url: https://github.com/your-handle
        - network: LinkedIn
          username: your-handle
          url: https://www.linkedin.com/in/your-handle

    # 1. Education: degree, school, dates and main coursework, newest first.
    education:
      - institution: Example University
        studyType: MSc                        # degree: BSc, MSc, PhD, …
        area: Computer Science                # field of study
        startDate: "2017-03"
        endDate: "2019-02"
        courses: [Natural Language Processing, Machine Learning]

    # 2. Work Experience: the section that matters most, newest job first.
    #    Each highlight is one project: what – your role – the result, in 1–2 lines.
    #    Start with a verb: present tense for the current job, past tense before.
    work:
      - name: Example AI
        position: Machine Learning Engineer
        location: Seoul, Korea
        startDate: "2019-03"                  # no endDate: this is your current job
        highlights:
          - Research on Pre-training Language Models (such as BERT, XL-Net) for Dialogue System and achieve more than 5% of performance improvement compared to existing NLU models.
          - Build the model-serving pipeline for the chatbot and cut response latency from 300 ms to 80 ms.

    # 3. Projects: work outside your job, such as open source and side projects.
    projects:
      - name: example-toolkit
        description: Open-source library for Korean text preprocessing
        url: https://github.com/your-handle/example-toolkit
        startDate: "2020-06"
        highlights:
          - Wrote the tokenizer and its tests as sole maintainer; 300 GitHub stars and used by 2 companies.
        keywords: [Python, PyTorch]

    # 4. Awards: hackathons, competitions and other prizes.
    awards:
      - title: 1st Place, Example Hackathon
        date: "2022-11"
        awarder: Example Developer Community
        summary: Built a voice assistant for local services in 48 hours with a team of 3

    # 5. Research Interests: fields you would like to work on.
    researchInterests:
      - name: Natural Language Understanding
        keywords: [dialogue systems, pre-training]

    # 6. Teaching & Extracurricular: teaching, mentoring, talks at communities and meetups.
    #    kind is teaching, mentoring, talk or any other word.
    teaching:
      - organization: Example ML Meetup
        position: Speaker
        kind: talk
        startDate: "2023-05"
        endDate: "2023-05"                    # a one-day event starts and ends the same day
        summary: Talk on distilling language models for production

    # 7. Technical Skills: languages, frameworks and tools, grouped.
    skills:
      - name: Languages
        keywords: [Python, C++, SQL]
      - name: Frameworks & Tools
        keywords: [PyTorch, Hugging Face Transformers, Docker]

    meta:
      locale: en                              # language of the text: en, ko, …

    """#
}
