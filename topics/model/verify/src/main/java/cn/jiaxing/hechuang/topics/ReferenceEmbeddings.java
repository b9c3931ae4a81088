package cn.jiaxing.hechuang.topics;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Embeds stdin, one text per line, with langchain4j's in-process bge-small-zh-v1.5
 * (CLS pooling, L2-normalised, ONNX Runtime for Java, DJL tokenizer) and prints one
 * vector per line as comma-separated floats. Argument: fp32 or int8.
 */
public final class ReferenceEmbeddings {
  public static void main(String[] args) throws Exception {
    EmbeddingModel model = args.length > 0 && args[0].equals("int8")
        ? new BgeSmallZhV15QuantizedEmbeddingModel()
        : new BgeSmallZhV15EmbeddingModel();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      float[] vector = model.embed(line).content().vector();
      StringBuilder row = new StringBuilder();
      for (int i = 0; i < vector.length; i++) {
        if (i > 0) row.append(',');
        row.append(vector[i]);
      }
      out.println(row);
    }
    out.flush();
  }
}
