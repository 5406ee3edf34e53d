    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

T    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

h    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

/    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

h    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

/    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

1    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

S    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

U    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

M    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

M    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

A    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

R    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

Y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

C    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

h    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

S    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

h    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

v    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

J    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

S    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

O    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

N    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

;    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

h    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

v    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

h    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

E    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

v    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

h    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

h    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

v    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

A    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

N    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

R    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

U    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

v    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

M    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

C    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

M    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

T    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

P    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

W    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

W    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

J    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

=    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

S    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

U    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

M    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

M    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

A    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

R    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

Y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

S    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

C    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

H    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

E    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

M    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

A    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

F    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

J    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

S    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

S    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

U    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

M    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

M    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

A    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

R    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

Y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

S    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

C    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

H    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

E    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

M    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

A    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

=    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

/    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

1    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

@    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

=    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

T    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

F    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

J    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

W    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

J    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

W    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

|    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

N    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

|    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

N    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

=    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

N    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

N    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

R    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

=    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

=    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

|    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

N    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

=    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

N    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

#    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

N    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

h    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

/    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

v    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

|    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

N    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

=    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

N    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

-    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

>    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

A    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

{    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

N    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

N    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

}    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

@    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

=    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

T    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

S    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

W    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

h    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

A    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

P    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

|    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

N    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

W    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

W    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

J    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

F    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

J    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

M    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

T    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

M    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

C    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

v    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

U    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

v    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

x    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

A    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

=    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

=    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

|    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

N    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

=    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

N    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

#    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

C    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

`    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

v    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

h    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

x    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

=    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

2    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

0    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

@    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

-    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

>    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

=    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

=    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

=    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

{    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

}    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

&    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

{    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

h    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

z    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

}    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

&    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

{    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

h    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

}    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

h    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

<    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

=    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

{    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

}    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

-    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

>    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

A    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

=    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

{    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

h    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

S    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

U    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

M    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

M    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

A    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

R    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

Y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

S    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

C    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

H    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

E    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

M    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

A    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

x    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

x    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

N    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

N    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

{    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

h    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

h    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

v    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

v    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

}    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

N    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

{    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

{    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

p    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

}    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

}    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

j    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

g    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

m    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

x    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

1    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

y    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

k    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

w    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

v    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

[    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

_    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

d    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

c    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

(    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

)    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

o    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

r    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

u    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

n    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

v    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

i    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

b    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

]    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

"    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

:    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

e    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

l    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

f    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

.    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

a    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

t    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

s    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

,    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

     @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

}    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status


    @property
    def status(self) -> str:
        status = overall_status(self.pipeline, self.workflows)
        return "failed" if any(f.job.failed for f in self.failed_jobs) and status != "errored" \
            else status

