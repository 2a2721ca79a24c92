package safetyconsole.cloud;

import java.util.Arrays;
import java.util.Optional;

/** OpsWorks layer types and the built-in security group each one gets. */
public enum LayerType {
    RAILS_APP("rails-app", "Rails App Server", "AWS-OpsWorks-Rails-App-Server"),
    PHP_APP("php-app", "PHP App Server", "AWS-OpsWorks-PHP-App-Server"),
    NODEJS_APP("nodejs-app", "Node.js App Server", "AWS-OpsWorks-nodejs-App-Server"),
    JAVA_APP("java-app", "Java App Server", "AWS-OpsWorks-Java-App-Server"),
    WEB("web", "Static Web Server", "AWS-OpsWorks-Web-Server"),
    LB("lb", "HAProxy", "AWS-OpsWorks-LB-Server"),
    DB_MASTER("db-master", "MySQL", "AWS-OpsWorks-DB-Master-Server"),
    MEMCACHED("memcached", "Memcached", "AWS-OpsWorks-Memcached-Server"),
    MONITORING_MASTER("monitoring-master", "Ganglia", "AWS-OpsWorks-Monitoring-Master-Server"),
    CUSTOM("custom", "Custom", "AWS-OpsWorks-Custom-Server"),
    /** A type this console does not know (ECS cluster, AWS Flow, …); it has no built-in group of its own. */
    OTHER("other", "Other", null);

    /** Every stack that uses OpsWorks security groups also gets this one. */
    public static final String DEFAULT_SERVER_GROUP = "AWS-OpsWorks-Default-Server";

    private final String apiName;
    private final String displayName;
    private final String builtInGroupName;

    LayerType(String apiName, String displayName, String builtInGroupName) {
        this.apiName = apiName;
        this.displayName = displayName;
        this.builtInGroupName = builtInGroupName;
    }

    public String apiName() {
        return apiName;
    }

    public String displayName() {
        return displayName;
    }

    public Optional<String> builtInGroupName() {
        return Optional.ofNullable(builtInGroupName);
    }

    public static LayerType fromApiName(String apiName) {
        return Arrays.stream(values())
                .filter(type -> type.apiName.equals(apiName))
                .findFirst()
                .orElse(OTHER);
    }
}
