/// Words of software, cloud, data and machine learning that general dictionaries lack — the names
/// of languages, frameworks, services and models, and the field's own vocabulary — which the
/// `spelling` rule accepts as written here. A word with another capitalization ("Pytorch") is
/// reported with this spelling as the suggestion, when this spelling has a capital inside.
enum TechnicalTerms {
    /// Each term by its lowercase form.
    static let byLowercase: [String: String] = Dictionary(
        terms.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })

    /// The terms, as their owners write them, in alphabetical order.
    static let terms: [String] = [
        "Ada", "Airflow", "AJAX", "Akka", "Alembic", "AlexNet", "Algolia", "AlphaFold", "AlphaGo", "Anaconda",
        "Angular", "Ansible", "Anthropic", "Apache", "APIs", "ArangoDB", "Arduino", "ArgoCD", "arXiv", "asyncio",
        "Athena", "Autoencoder", "autoencoders", "AutoML", "autoscaler", "autoscaling", "Avro", "AWS", "Azure",
        "backend", "backends", "backprop", "backpropagation", "Bazel", "benchmarked", "benchmarking", "BERT",
        "BigQuery", "Bitbucket", "blockchain", "Bokeh", "Bootstrap", "Boto3", "bytecode", "Caffe", "Cassandra",
        "CatBoost", "Celery", "chatbot", "chatbots", "ChatGPT", "Chromium", "CircleCI", "Claude", "ClickHouse",
        "Clojure", "Cloudflare", "CloudFormation", "CloudFront", "CloudWatch", "CMake", "CNN", "CNNs", "CockroachDB",
        "codebase", "codebases", "CodeQL", "CoffeeScript", "containerized", "ConvNet", "ConvNets", "Copilot",
        "CouchDB", "CPython", "CryptoKit", "CSS", "CUDA", "cuDNN", "Cypress", "Cython", "DALL-E", "Dask",
        "Databricks", "datacenter", "datacenters", "Datadog", "dataflow", "DataFrame", "DataFrames",
        "dataloader", "dataloaders", "dataset", "datasets", "datastore", "datastores", "Debian",
        "deduplication", "DeepSpeed", "DeFi", "DevOps", "Diffusion", "distillation", "Django", "Docker", "Dockerfile",
        "Dockerfiles", "DPO", "dropout", "DynamoDB", "EC2", "ECS", "EfficientNet", "Elasticsearch", "Elixir", "Emacs",
        "embeddings", "Erlang", "ESLint", "ETL", "eval", "evals", "Express.js", "Face", "failover", "FAISS",
        "FastAPI", "fastText", "Figma", "finetune", "finetuned", "finetuning", "Firebase", "Firestore", "Flask",
        "Flink", "Flutter", "Fortran", "FPGA", "FreeBSD", "frontend", "frontends", "GAN", "GANs", "Gemini",
        "geocoding", "geospatial", "GitHub", "GitLab", "GKE", "GloVe", "Golang", "GPT", "Gradle", "Grafana",
        "GraphQL", "Groovy", "gRPC", "Gunicorn", "hackathon", "hackathons", "Hadoop", "Haskell", "Helm", "Heroku",
        "Homebrew", "hotfix", "hotfixes", "Hugging", "HuggingFace", "hyperparameter", "hyperparameters", "idempotent",
        "inferencing", "IntelliJ", "iOS", "iPadOS", "IPython", "Jaeger", "JavaScript", "JAX", "Jenkins", "Jest",
        "Jira", "JSON", "JSONL", "Julia", "Jupyter", "JupyterLab", "JVM", "Kafka", "Keras", "Kibana", "Kinesis",
        "Kotlin", "kubectl", "Kubeflow", "Kubernetes", "LangChain", "LaTeX", "LightGBM", "Linux", "Llama",
        "LlamaIndex", "LLM", "LLMs", "LoRA", "LSTM", "LSTMs", "Lua", "macOS", "MariaDB", "Matplotlib", "Maven",
        "Memcached", "Mercurial", "Mesos", "microservice", "microservices", "Milvus", "minibatch", "Mistral",
        "MLflow", "MLOps", "MobileNet", "MongoDB", "Mongoose", "monorepo", "monorepos", "multimodal", "multithreaded",
        "MXNet", "mypy", "MySQL", "namespace", "namespaces", "NestJS", "Netlify", "NetworkX", "Next.js", "Nginx",
        "NLP", "NLTK", "NLU", "Node.js", "NoSQL", "npm", "NumPy", "Nuxt", "NVIDIA", "OAuth", "Objective-C",
        "observability", "OCaml", "Okta", "onboarding", "ONNX", "OpenAI", "OpenCV", "OpenGL", "OpenMP", "OpenSearch",
        "OpenShift", "OpenStack", "OpenTelemetry", "overfitting", "Pandas", "Parquet", "Perl", "PHP", "Pinecone",
        "pipelining", "PlayStation", "PostCSS", "Postgres", "PostgreSQL", "postprocessing", "PowerShell", "PPO",
        "preprocessing", "pretrain", "pretrained", "pretraining", "Prometheus", "Protobuf", "PyCharm", "PyPI",
        "PySpark", "pytest", "Python", "PyTorch", "Qdrant", "Qt", "quantization", "quantized", "Quarkus", "RabbitMQ",
        "README", "Redis", "Redshift", "regex", "repo", "repos", "reranker", "rerankers", "reranking", "ResNet",
        "RESTful", "RLHF", "RNN", "RNNs", "RoBERTa", "Rollup", "RStudio", "runtime", "runtimes", "Rust", "RxJS",
        "SaaS", "SageMaker", "Salesforce", "Sass", "Scala", "scikit-learn", "SciPy", "Selenium", "Sentry",
        "serverless", "sharding", "Snowflake", "Solidity", "spaCy", "Splunk", "SQL", "SQLAlchemy", "SQLite", "Stable",
        "subword", "subwords", "Svelte", "Swift", "SwiftUI", "Tableau", "TailwindCSS", "Tekton", "TensorBoard",
        "TensorFlow", "TensorRT", "Terraform", "tokenization", "tokenizer", "tokenizers", "toolchain", "toolchains",
        "toolkit", "toolkits", "TorchScript", "TPU", "TPUs", "Transformers", "TypeScript", "Ubuntu", "UIKit",
        "underfitting", "Unix", "upsert", "VAE", "VAEs", "Vagrant", "Vercel", "Vite", "vLLM", "VMware", "Vue",
        "Vue.js", "Weaviate", "WebAssembly", "WebGL", "WebGPU", "webhook", "webhooks", "Webpack", "WebRTC",
        "WebSocket", "WebSockets", "Whisper", "Wireshark", "word2vec", "WordPress", "workflow", "workflows", "Xcode",
        "XGBoost", "YAML", "YOLO", "Zig", "Zookeeper", "Zsh",
    ]
}
