# Register the job definition (a new revision each time you run this).
aws batch register-job-definition --cli-input-json file://job-definition-fargate.json

# Submit one job to a queue: Batch starts Fargate capacity, runs it, and stops paying when it ends.
aws batch submit-job --job-name resize-2026-11-26 --job-queue fargate-queue --job-definition resize-images

# Or an array job: 500 copies of the same job, each told its index in AWS_BATCH_JOB_ARRAY_INDEX.
aws batch submit-job --job-name resize-all --job-queue fargate-queue --job-definition resize-images --array-properties size=500
