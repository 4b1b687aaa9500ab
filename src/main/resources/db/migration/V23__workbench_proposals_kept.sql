-- Which proposals a workbench holds (issue 27): a solve's replace the previous solve's at its first save, not at its
-- start, so that a node dying before that save leaves the previous ones in place. When they were last saved, how
-- many subjects had one, and whether they are the current run's own (false from its start to its first save).
alter table workbench_run add column proposals_saved_at timestamp;
alter table workbench_run add column proposals_kept bigint default 0 not null;
alter table workbench_run add column own_proposals boolean default false not null;

-- Until now a run's start deleted the previous proposals: those held are the current run's, saved by its last write.
update workbench_run set own_proposals = true,
    proposals_saved_at = coalesce(ended_at, heartbeat_at),
    proposals_kept = (select count(*) from workbench_subject s
                      where s.feature = workbench_run.feature and s.proposal is not null)
where exists (select 1 from workbench_subject s where s.feature = workbench_run.feature);
