package th.ac.ums.server.platform;

import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;

/**
 * /observe/health, /observe/health/live and /observe/health/ready: live while the process
 * serves; ready only when the database and Redis both answer (a load balancer then stops
 * sending traffic to an instance that would only answer 503).
 */
public final class Health {
    private Health() {
    }

    public static ObserveFeature feature(Db db, RedisStore redis) {
        HealthObserver health = HealthObserver.builder()
                .details(true)
                .useSystemServices(false)
                .addCheck(() -> HealthCheckResponse.builder().status(true).build(), HealthCheckType.LIVENESS,
                        "process")
                .addCheck(() -> check(db.primaryAnswers()), HealthCheckType.READINESS, "database")
                .addCheck(() -> check(redis.answers()), HealthCheckType.READINESS, "redis")
                .build();
        return ObserveFeature.builder()
                .observersDiscoverServices(false)
                .addObserver(health)
                .build();
    }

    private static HealthCheckResponse check(boolean up) {
        return HealthCheckResponse.builder().status(up).build();
    }
}
