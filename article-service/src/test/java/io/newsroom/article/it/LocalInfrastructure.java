package io.newsroom.article.it;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** The PostgreSQL test database, the Kafka broker and the infra script the tests share with CI. */
public final class LocalInfrastructure {

    public static final String TEST_DB_URL = "jdbc:postgresql://127.0.0.1:5432/newsroom_test";
    public static final String KAFKA = System.getenv().getOrDefault("NEWSROOM_KAFKA_BOOTSTRAP", "127.0.0.1:9092");

    private LocalInfrastructure() {
    }

    public static Connection testDatabase() throws SQLException {
        return DriverManager.getConnection(TEST_DB_URL, "newsroom", "newsroom");
    }

    public static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA,
                ConsumerConfig.GROUP_ID_CONFIG, "article-service-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024),
                new StringDeserializer(), new StringDeserializer());
    }

    public static void publish(String topic, UUID articleId, String payload) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, articleId.toString(), payload);
            record.headers().add("X-Request-Id", ("it-" + articleId).getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    /** Runs deploy/local/infra.sh with the given arguments and fails with its output if it fails. */
    public static void infra(String... arguments) throws IOException, InterruptedException {
        Path script = repositoryRoot().resolve("deploy/local/infra.sh");
        String[] command = new String[arguments.length + 1];
        command[0] = script.toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).directory(repositoryRoot().toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    public static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/local/infra.sh"))) {
                return dir;
            }
        }
        throw new IllegalStateException("deploy/local/infra.sh not found above " + Path.of("").toAbsolutePath());
    }
}
