package communitysim.spark;

import communitysim.sweep.EngineProvider;
import communitysim.sweep.Executor;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

import java.util.Map;

/**
 * {@code sweep --engine spark}: opens a Spark context (the given master, else the one spark-submit
 * set, else {@code local[*]}) and hands the sweep a {@link SparkExecutor}. Option
 * {@code partitionSize=K} sets the sweep tasks per Spark task (default: see {@link SparkExecutor}).
 */
public final class SparkEngineProvider implements EngineProvider {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    public Session open(String master, Map<String, String> options, String sweepName) {
        int partitionSize = 0;
        for (Map.Entry<String, String> o : options.entrySet()) {
            if (!o.getKey().equals("partitionSize")) {
                throw new IllegalArgumentException("--engine-option " + o.getKey() + ": the spark engine knows partitionSize only");
            }
            partitionSize = Integer.parseInt(o.getValue());
            if (partitionSize < 0) throw new IllegalArgumentException("--engine-option partitionSize: must be >= 0");
        }
        SparkConf conf = new SparkConf();
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        if (!conf.contains("spark.app.name")) conf.setAppName("communitysim sweep " + sweepName);
        // Spark's start-up INFO lines would bury the sweep's own; --conf spark.log.level=INFO brings them back.
        if (!conf.contains("spark.log.level")) conf.set("spark.log.level", "WARN");
        JavaSparkContext spark = new JavaSparkContext(conf);
        SparkExecutor executor = new SparkExecutor(spark, partitionSize);
        return new Session() {
            @Override
            public Executor executor() {
                return executor;
            }

            @Override
            public int parallelism() {
                return Math.max(1, spark.defaultParallelism());
            }

            @Override
            public String describe() {
                return "Spark " + spark.master();
            }

            @Override
            public void close() {
                spark.close();
            }
        };
    }
}
