import ResumeKit
