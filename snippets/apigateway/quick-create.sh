# Quick create: an HTTP API with a Lambda integration, a catch-all route and an
# auto-deployed $default stage, in one command.
aws apigatewayv2 create-api --name hello-http-api --protocol-type HTTP --target arn:aws:lambda:us-east-1:123456789012:function:hello-api

# Allow API Gateway to invoke the function (replace a1b2c3d4 with the ApiId printed above).
aws lambda add-permission --function-name hello-api --statement-id apigateway-invoke --action lambda:InvokeFunction --principal apigateway.amazonaws.com --source-arn "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4/*"
