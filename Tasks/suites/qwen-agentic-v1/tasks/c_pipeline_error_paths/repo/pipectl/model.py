"""Validated pipeline objects produced by pipectl.loader."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Step:
    name: str
    run: str = None
    uses: str = None
    with_: dict = field(default_factory=dict)
    timeout: int = None
    allow_failure: bool = False
    env: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Job:
    name: str
    image: str
    steps: tuple
    needs: tuple = ()
    timeout: int = 600
    retries: int = 0
    when: str = "on_success"
    env: dict = field(default_factory=dict)
    variables: dict = field(default_factory=dict)  # matrix values of this expansion

    @property
    def label(self):
        if not self.variables:
            return self.name
        inner = ", ".join(f"{k}={v}" for k, v in sorted(self.variables.items()))
        return f"{self.name} ({inner})"


@dataclass(frozen=True)
class Pipeline:
    jobs: tuple
    env: dict = field(default_factory=dict)

    def job(self, label):
        for job in self.jobs:
            if job.label == label:
                return job
        raise KeyError(label)

    def stages(self):
        """Group jobs into stages: every job runs after all jobs it needs."""
        done, stages = set(), []
        remaining = list(self.jobs)
        while remaining:
            ready = [j for j in remaining if all(n in done for n in j.needs)]
            if not ready:  # the loader rejects cycles, so this cannot happen
                raise RuntimeError("dependency cycle")
            stages.append(tuple(sorted(j.label for j in ready)))
            done.update(j.name for j in ready)
            remaining = [j for j in remaining if j not in ready]
        return stages
