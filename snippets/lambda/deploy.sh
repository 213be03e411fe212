# Package the handler and create the function (the role must already exist).
zip function.zip app.py
aws lambda create-function --function-name hello-api --runtime python3.13 --handler app.handler --zip-file fileb://function.zip --role arn:aws:iam::123456789012:role/hello-api-role --memory-size 512 --timeout 10

# Call it once, synchronously, with a sample event; the answer is written to response.json.
aws lambda invoke --function-name hello-api --cli-binary-format raw-in-base64-out --payload file://event.json response.json

# More memory also gives more CPU.
aws lambda update-function-configuration --function-name hello-api --memory-size 1769

# The same function from a container image pushed to Amazon ECR.
aws lambda create-function --function-name hello-api-image --package-type Image --code ImageUri=123456789012.dkr.ecr.us-east-1.amazonaws.com/hello-api:1.0 --role arn:aws:iam::123456789012:role/hello-api-role
