package safetyconsole.drift;

/**
 * What every instance of one list of layers should have, worked out once for all of them: the groups a new
 * instance gets ({@code desired}), those of them EC2 no longer knows ({@code deleted}) and the rest, which can
 * be attached ({@code attachable}).
 */
record LayerGroups(GroupIdSet desired, GroupIdSet deleted, GroupIdSet attachable) {
}
