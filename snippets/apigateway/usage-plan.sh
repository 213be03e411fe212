# REST APIs only: an API key, and a usage plan that throttles and caps that key's client.
aws apigateway create-api-key --name partner-a --enabled
aws apigateway create-usage-plan --name partners --throttle burstLimit=20,rateLimit=10 --quota limit=100000,period=MONTH --api-stages apiId=a1b2c3d4e5,stage=prod
aws apigateway create-usage-plan-key --usage-plan-id u1v2w3 --key-id k1l2m3 --key-type API_KEY
