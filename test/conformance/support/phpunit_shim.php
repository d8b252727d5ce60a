<?php

// Runs a PHPUnit test class as PHPUnit runs it (setUpBeforeClass, each public test* method in the order written,
// tearDownAfterClass), with the assertions docs/testing.md's example uses, for machines without PHPUnit (Debian's
// php-cli has none). Usage: php phpunit_shim.php <test file>. Prints one line per test; exit 1 on a failure.

declare(strict_types=1);

namespace PHPUnit\Framework {
    final class AssertionFailedError extends \Exception
    {
    }

    abstract class TestCase
    {
        public static function setUpBeforeClass(): void
        {
        }

        public static function tearDownAfterClass(): void
        {
        }

        public static function assertSame(mixed $expected, mixed $actual, string $message = ''): void
        {
            if ($expected !== $actual) {
                throw new AssertionFailedError(trim($message . ' expected ' . var_export($expected, true) . ', got ' . var_export($actual, true)));
            }
        }

        public static function assertStringStartsWith(string $prefix, string $string, string $message = ''): void
        {
            if (!str_starts_with($string, $prefix)) {
                throw new AssertionFailedError(trim("{$message} \"{$string}\" does not start with \"{$prefix}\""));
            }
        }
    }
}

namespace {
    $before = get_declared_classes();
    require $argv[1];
    $failed = 0;
    foreach (array_diff(get_declared_classes(), $before) as $class) {
        if (!is_subclass_of($class, \PHPUnit\Framework\TestCase::class)) {
            continue;
        }
        $class::setUpBeforeClass();
        try {
            foreach ((new ReflectionClass($class))->getMethods(ReflectionMethod::IS_PUBLIC) as $method) {
                if (!str_starts_with($method->getName(), 'test')) {
                    continue;
                }
                try {
                    $method->invoke(new $class());
                    echo "passed {$method->getName()}\n";
                } catch (Throwable $error) {
                    $failed++;
                    echo "FAILED {$method->getName()}: {$error->getMessage()}\n{$error->getTraceAsString()}\n";
                }
            }
        } finally {
            $class::tearDownAfterClass();
        }
    }
    exit($failed > 0 ? 1 : 0);
}
