from mindhaven.cli import main

main()
