package safetyconsole.cloud.aws;

/** The AWS services the console talks to; each may have its own endpoint override (a local peer in tests). */
public enum AwsService { OPSWORKS, EC2, STS, CLOUDTRAIL, IAM, AUTOSCALING, CLOUDFORMATION, RESOURCE_GROUPS,
    SYSTEMS_MANAGER }
