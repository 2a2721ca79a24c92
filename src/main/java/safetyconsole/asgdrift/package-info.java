/**
 * Security groups on Auto Scaling groups that launch from EC2 launch templates (the stacks migrated off
 * OpsWorks, and any other): which running instances lack the groups the template gives new instances, which
 * carry groups the next replacement drops, and what fixes it. Pure computation on the port's records.
 */
package safetyconsole.asgdrift;
