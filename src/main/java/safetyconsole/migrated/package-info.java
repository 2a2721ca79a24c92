/**
 * The stacks migrated off OpsWorks (CloudFormation stacks holding Auto Scaling groups on launch templates, and
 * groups on their own): how they are found and named, and one such stack read for the window and the check.
 */
package safetyconsole.migrated;
