# Build an image from the Dockerfile in this folder and name it hello-web, version 1.0.
docker build -t hello-web:1.0 .

# Start a container from the image; map port 8080 of your machine to port 8080 inside it.
docker run --rm -p 8080:8080 hello-web:1.0

# In another terminal: the app answers.
curl http://localhost:8080/
