# 1. Create a private repository (once).
aws ecr create-repository --repository-name hello-web --region us-east-1

# 2. Log Docker in to your private registry (the token lasts 12 hours).
aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com

# 3. Build the image locally, then tag it with the repository's full name.
docker build -t hello-web:1.0 .
docker tag hello-web:1.0 123456789012.dkr.ecr.us-east-1.amazonaws.com/hello-web:1.0

# 4. Push it. ECS, Fargate, Batch or Lambda can now pull it.
docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/hello-web:1.0

# 5. Optional: clean up old images automatically with a lifecycle policy.
aws ecr put-lifecycle-policy --repository-name hello-web --region us-east-1 --lifecycle-policy-text file://lifecycle-policy.json
